using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers and sides of people named by their post, on text of the tests' own: an aside that gives the rank again ("The
    /// garrison commander, a colonel who led the parade,") and a place of the frontier after the noun ("a customs officer at
    /// the crossing") leave a description a local one, of the dateline's country; an office's seat after its title ("the
    /// Governor House") is no holder's surname, and an office's title set off before a name ("the Governor, Lars Berg,") makes
    /// a later "the Governor" that person.
    /// </summary>
    public class Speaker115Tests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private const string Headline = "Ferry row deepens";

        private const string Dateline = "STOCKHOLM, May 3: The ferry docked late.\n\n";

        // ---- an aside that gives the rank again; a place of the frontier after the noun ----

        [Theory]
        [InlineData("The garrison commander, a colonel who led the parade, told the crowd that the crew had done nothing wrong. \"They were asleep,\" he said.", "They were asleep", true)]
        [InlineData("The base commander, a senior officer, told the crowd that the crew had done nothing wrong. \"They were asleep,\" he said.", "They were asleep", true)]
        [InlineData("A senior customs officer at the crossing, who asked not to be named, told reporters that the orders came from above. \"We do not ask why,\" he said.", "We do not ask why", true)]
        [InlineData("An officer at the checkpoint told reporters that the orders came from above. \"We do not ask why,\" he said.", "We do not ask why", true)]
        // near cases: an aside that says whose the colonel is; an officer at the embassy, of the mission's country, never of the host's;
        // an officer on the quay, a place anyone may be at
        [InlineData("The garrison commander, a colonel of the Danish navy, told the crowd that the crew had done nothing wrong. \"They were asleep,\" he said.", "They were asleep", false)]
        [InlineData("An officer at the embassy told reporters that the orders came from above. \"We do not ask why,\" he said.", "We do not ask why", false)]
        [InlineData("An officer on the quay told reporters that the orders came from above. \"We do not ask why,\" he said.", "We do not ask why", false)]
        public void ARankAsideOrAFrontierPlaceKeepsTheDescriptionOfTheDatelinesCountry(string paragraph, string start, bool local)
        {
            var party = Q(Quotes(Headline, Dateline + paragraph, Sides), start).Party;
            if (local) Assert.Equal("Sweden", party);
            else Assert.NotEqual("Sweden", party);
        }

        // ---- an office's seat; an office's title set off before a name ----

        private const string GovernorSaid = "The Governor said the ferry had been shelled. \"Nobody can plead ignorance,\" the Governor said.";

        [Fact]
        public void AnOfficesSeatAfterItsTitleIsNoHoldersSurname()
        {
            var quote = Q(Quotes(Headline, Dateline + "The elders met at the Governor House today.\n\n" + GovernorSaid, Sides), "Nobody can plead");
            Assert.NotEqual("House", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        [InlineData("The elders called on the Governor, Lars Berglund, at his office today.", true)]
        // near case: "the Harbour Board" is a body, not an office, so "the Governor" later is no one named
        [InlineData("The elders called on the Harbour Board, Lars Berglund, at his office today.", false)]
        public void AnOfficesTitleSetOffBeforeANameIsThatPersonsTitle(string opening, bool named)
        {
            var speaker = Q(Quotes(Headline, Dateline + opening + "\n\n" + GovernorSaid, Sides), "Nobody can plead").Speaker;
            if (named) Assert.Equal("Lars Berglund", speaker);
            else Assert.NotEqual("Lars Berglund", speaker);
        }
    }
}
