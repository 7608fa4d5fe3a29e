using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A company or body named with an organisation word and brackets after it, a ticker ("(NYSE: HML)") or an acronym,
    /// and an apposition after the brackets closed by a comma before the verb, is one speaker: the name, not the last noun
    /// of the apposition. Brackets not followed by the verb leave the name where it was.
    /// </summary>
    public class OrganisationBracketTests
    {
        private static IncidentTools.IncidentAttribution ClaimOf(string body, string cue) =>
            Attributions(body).First(a => a.Cue != null && a.Cue.StartsWith(cue, System.StringComparison.OrdinalIgnoreCase));

        [Theory]
        [InlineData("Harbor Mills Corp. (NYSE: HML), a maker of breakfast cereals, said that it has agreed to buy Crestline Bakeries.", "said")]
        [InlineData("Harbor Mills Corp. (Nasdaq: HML), a maker of breakfast cereals, today announced that it has agreed to buy Crestline Bakeries.", "announced")]
        public void ATickerAndAnAppositionAfterTheCompanyNameKeepTheName(string body, string cue)
        {
            var a = ClaimOf(body, cue);
            Assert.Equal("Harbor Mills Corp.", a.Speaker);
            Assert.Equal("it has agreed to buy Crestline Bakeries", a.Content);
        }

        [Fact]
        public void AnAcronymInBracketsBeforeTheVerb()
        {
            Assert.Equal("Board on Ocean Tides", ClaimOf("The Board on Ocean Tides (BOT) said that the sea rose.", "said").Speaker);
        }

        [Fact]
        public void BracketsOfAClauseBeforeAnotherSubjectAreNoSubject()
        {
            // near miss: the company with its brackets is inside the content; the spokesman said it
            var a = ClaimOf("Harbor Mills Corp. (NYSE: HML) ended its strike, a spokesman said.", "said");
            Assert.Equal("spokesman", a.Speaker);
        }
    }
}
