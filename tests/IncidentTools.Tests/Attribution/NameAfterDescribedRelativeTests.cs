using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// subject122 (speaker121's leftover): "A retired naval officer who now teaches maritime law at a college in Bergen, Karin
    /// Solberg, said": a description of a person with a relative clause, then a full name set off by commas before the verb: the
    /// name speaks, the description with its clause is its role (a teacher at a body of research speaks for no side). Near cases:
    /// the clause ends on a person's noun or name, whom the name may be ("who flew with the harbour master, Karin Solberg,"): the
    /// description is no role of the name. Texts of the test's own.
    /// </summary>
    public class NameAfterDescribedRelativeTests
    {
        [Theory]
        [InlineData("A retired naval officer who now teaches maritime law at a college in Bergen, Karin Solberg, said the ruling would change little.")]
        [InlineData("A former pilot who lives near Tromso, Karin Solberg, said the ruling would change little.")]
        public void TheNameAfterTheDescriptionAndItsClauseSpeaks(string body)
        {
            var a = Assert.Single(Attributions(body), x => x.Cue == "said");
            Assert.Equal("Karin Solberg", a.Speaker);
            Assert.Equal("the ruling would change little", a.Content);
        }

        [Fact]
        public void ATeacherAtACollegeSpeaksForNoSide() =>
            Assert.Equal("Independent", Speaker121Tests.SolbergsParty(
                "A retired naval officer who now teaches maritime law at a college in Bergen, Karin Solberg, said the ruling would change little. \"No court will hear it,\" she said."));

        [Theory]
        [InlineData("A pilot who flew with the harbour master, Karin Solberg, said the ruling would change little.")]
        [InlineData("A pilot who flew with Tom Hale, Karin Solberg, said the ruling would change little.")]
        public void ANameThatMayBeTheClausesPersonTakesNoDescription(string body)
        {
            // (the reading before stays: the description and its clause are no role of the name)
            Assert.DoesNotContain(Attributions(body), x => x.Cue == "said" && x.Role != null && x.Role.Contains("pilot"));
        }
    }
}
