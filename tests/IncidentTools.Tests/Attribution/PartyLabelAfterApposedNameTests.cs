using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The committee chairman, Sen. Al Dunn, D-Maine, said …": a description, a name set off by commas and the name's party
    /// label before the verb. The name speaks, as it does without the label ("A spokesman for the Guard, Col. Jo Marsh, said");
    /// the description and the label are its role. A label with no name before it names no one.
    /// </summary>
    public class PartyLabelAfterApposedNameTests
    {
        [Theory]
        [InlineData("The committee chairman, Sen. Al Dunn, D-Maine, said the bill would pass.", "Al Dunn", "committee chairman")]
        [InlineData("The House panel's top Republican, Rep. Jo Reed, R-Ohio, said the vote would wait.", "Jo Reed", "panel's top Republican")]
        [InlineData("The caucus leader, Sen. Ana Ruiz, D-Portland, argued that the budget was short.", "Ana Ruiz", "caucus leader")]
        public void TheNameBeforeItsLabelSpeaks(string body, string speaker, string role)
        {
            var a = Attributions(body).Single(x => x.Rule == nameof(CueThenContent));
            Assert.Equal(speaker, a.Speaker);
            Assert.Contains(role, a.Role);
        }

        [Theory]
        [InlineData("The committee chairman, Sen. Al Dunn, said the bill would pass.", "Al Dunn")]
        [InlineData("Sen. Al Dunn, D-Maine, said the bill would pass.", "Al Dunn")]
        public void WithoutTheLabelOrTheDescriptionTheNameSpeaksAsBefore(string body, string speaker)
        {
            var a = Attributions(body).Single(x => x.Rule == nameof(CueThenContent));
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void ALabelWithNoNameBeforeItNamesNoOne()
        {
            // a label after a description and another description: no name to take, and the label itself is no speaker
            foreach (var a in Attributions("The bill's sponsor, a first-term member, D-Maine, said the bill would pass."))
                Assert.DoesNotContain("D-Maine", a.Speaker ?? "");
        }
    }
}
