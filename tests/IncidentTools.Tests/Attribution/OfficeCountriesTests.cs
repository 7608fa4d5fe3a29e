using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Offices that exist in some countries only (office-countries.txt): "Leader of the Opposition" (not in the United States)
    /// and "political agent" (Pakistan's tribal agencies) give the dateline's country only where the office exists there, as a
    /// title or as a definite role set off before the name; elsewhere no side (texts of the tests' own, invented names).
    /// </summary>
    public class OfficeCountriesTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani" }),
            new PartyDefinition("United States", aliases: new[] { "United States", "U.S.", "American" }),
        };

        private static IncidentQuote Said(string dateline, string speaker) =>
            Q(Quotes("Border report", dateline + " " + speaker + " the border report was \"a whitewash\" and would not be accepted.", Sides), "a whitewash");

        [Theory]
        [InlineData("WASHINGTON, Dec. 2 -", "Leader of the Opposition Farid Alam said")]
        [InlineData("WASHINGTON, Dec. 2 -", "Opposition Leader Farid Alam said")]
        public void AnOfficeNotOfTheDatelinesCountryGivesNoSide(string dateline, string speaker)
        {
            // before: the dateline's country, United States (no Leader of the Opposition sits in Washington)
            var quote = Said(dateline, speaker);
            Assert.Equal("Farid Alam", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Theory]
        // near misses: where the office exists the dateline's country stays
        [InlineData("LAHORE, Dec. 2 -", "Leader of the Opposition Farid Alam said")]
        [InlineData("KARACHI, Dec. 2 -", "Opposition Leader Farid Alam said")]
        public void AnOfficeOfTheDatelinesCountryKeepsItsSide(string dateline, string speaker)
        {
            var quote = Said(dateline, speaker);
            Assert.Equal("Farid Alam", quote.Speaker);
            Assert.Equal("Pakistan", quote.Party);
        }

        [Fact]
        public void ThePoliticalAgentIsOfPakistanUnderAPakistaniDateline()
        {
            // before: no side ("agent" is no speaker noun of a local office)
            var quote = Said("PESHAWAR, Dec. 2 -", "The political agent, Farid Alam, said");
            Assert.Equal("Farid Alam", quote.Speaker);
            Assert.Equal("Pakistan", quote.Party);
        }

        [Fact]
        public void ThePoliticalAgentIsOfNoSideUnderAnotherDateline()
        {
            // near miss: the office does not exist where the story is filed from
            var quote = Said("WASHINGTON, Dec. 2 -", "The political agent, Farid Alam, said");
            Assert.Equal("Farid Alam", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void TheListSaysWhereAnOfficeExistsInAnyCaseAndWithMoreWordsAfterIt()
        {
            Assert.True(Lexicon.OfficeExistsIn("leader of the opposition", "Pakistan"));
            Assert.True(Lexicon.OfficeExistsIn("Leader of the Opposition in the House of Commons", "United Kingdom"));
            Assert.False(Lexicon.OfficeExistsIn("Opposition leader", "United States"));
            Assert.True(Lexicon.OfficeExistsIn("political agent", "Pakistan"));
            Assert.False(Lexicon.OfficeExistsIn("political agent", "India"));
            Assert.Null(Lexicon.OfficeExistsIn("Leader of the Oppositionist", "Pakistan"));
            Assert.Null(Lexicon.OfficeExistsIn("Defence Minister", "Pakistan"));
            // every country the list names is one countries.txt names
            foreach (var country in Lexicon.OfficeListCountries())
                Assert.True(CountryTable.Find(country) != null, country);
        }
    }
}
