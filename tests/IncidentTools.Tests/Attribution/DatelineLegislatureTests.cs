using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the assembly said", "the parliament said" under a dateline: a bare house of elected members (organisation-words.txt
    /// 'legislature') is the house of the place the text reports from, as "the army" is; a house whose words name a country
    /// is that country's, and one with words of its own that name no country known ("the Western Parliament", "the provincial
    /// assembly") takes no side. Texts and manifest of the tests' own.
    /// </summary>
    public class DatelineLegislatureTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodies;

        private const string Dateline = "COPENHAGEN, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday.\n\n";

        private static IncidentQuote Quote(string body) => Q(Quotes("Strait collision", body + "\n", Sides), "acted in good faith");

        [Theory]
        [InlineData(Dateline + "The assembly met on Monday and said the crew had \"acted in good faith\".", "assembly", "Denmark")]
        [InlineData(Dateline + "Asked about the collision, the parliament said the crew had \"acted in good faith\".", "parliament", "Denmark")]
        // the near misses: a house of a country named is that country's; words of its own that name no country known give none
        [InlineData(Dateline + "The Swedish parliament met on Monday and said the crew had \"acted in good faith\".", "Swedish parliament", "Sweden")]
        [InlineData(Dateline + "The provincial assembly met on Monday and said the crew had \"acted in good faith\".", "provincial assembly", null)]
        [InlineData(Dateline + "The Western Parliament met on Monday and said the crew had \"acted in good faith\".", "Western Parliament", null)]
        // no place reported from: no side
        [InlineData("A patrol boat and a ferry collided in the strait on Sunday.\n\nThe assembly met on Monday and said the crew had \"acted in good faith\".", "assembly", null)]
        public void AHouseOfNoPlaceNamedIsTheDatelinesHouse(string body, string speaker, string? party)
        {
            var quote = Quote(body);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }
    }
}
