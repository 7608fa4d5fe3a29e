using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Content, then a name set off by commas, then a person's description in apposition ("a teacher from the town", "an
    /// official in the ministry"), then the verb of saying: the name is the speaker, the description its role; not the last noun
    /// of the description's phrase ("town", "ministry").
    /// </summary>
    public class Speaker140Tests
    {
        [Theory]
        [InlineData("The school will reopen by Monday, Jo Bell, a teacher from the town, said on Friday.", "Jo Bell")]
        [InlineData("The permits were never signed, Ansel Moritz, an official in the ministry, said.", "Ansel Moritz")]
        [InlineData("The ferry will not run this winter, Dara Quint, a councillor of the district, told reporters.", "Dara Quint")]
        public void TheNameBeforeItsDescriptionSpeaks(string body, string speaker)
        {
            var a = Attributions(body).Single(x => x.Content.StartsWith("The ", System.StringComparison.Ordinal));
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void TheDescriptionIsTheNamesRole()
        {
            var a = Attributions("The school will reopen by Monday, Jo Bell, a teacher from the town, said on Friday.").Single();
            Assert.Equal("Jo Bell", a.Speaker);
            Assert.Contains("teacher", a.Role ?? "");
        }

        [Theory]
        // near misses: a description with no person's noun, or one with a verb of its own, is not taken as the name's apposition
        [InlineData("The school will reopen by Monday, Jo Bell, a town of farmers, said.", "Jo Bell")]
        public void ADescriptionOfNoPersonGivesNoNameSpeaker(string body, string notSpeaker)
        {
            Assert.DoesNotContain(Attributions(body), x => x.Speaker == notSpeaker);
        }
    }
}
