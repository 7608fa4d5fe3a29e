using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// What was said may open with a phrase of concession ("said despite the fog, the ferry would sail"), as it may with
    /// "although": after a verb of saying, the phrase closed by its comma and a clause of its own after it are the content.
    /// Without such a clause the phrase only says how the speaking went. Sentences of the tests' own.
    /// </summary>
    public class ConcessiveContentTests
    {
        [Theory]
        [InlineData("The harbour master said despite the fog, the ferry would sail at noon.", "harbour master", "despite the fog, the ferry would sail at noon")]
        [InlineData("Mira Tollan says despite being a teacher, she plans to open a boatyard.", "Mira Tollan", "despite being a teacher, she plans to open a boatyard")]
        public void AConcessionThenAClauseIsWhatWasSaid(string sentence, string speaker, string content)
        {
            var claim = Attributions(sentence).Single(a => a.Rule == "CueThenContent");
            Assert.Equal(speaker, claim.Speaker);
            Assert.Equal(content, claim.Content);
        }

        [Fact]
        public void AConcessionWithNoClauseAfterItIsNoContent()
        {
            // near miss: the phrase says how she spoke, and what follows its comma is a clause of the writer's
            Assert.DoesNotContain(Attributions("Mira Tollan spoke despite the fog, and the crowd stayed on the pier."), a => a.Rule == "CueThenContent");
        }
    }
}
