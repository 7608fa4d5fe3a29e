using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers and sides that own Salala set 80 showed wrong, on text of the tests' own: a side's seat after a preposition of a
    /// place beside it ("speaking to reporters outside the Coast Guard Command") is where the speaker stood, not the side; the
    /// speaker of "one of the Xs" is one X ("customs officer", not "customs officers"); and "the country's embassy" right after
    /// a sentence that opens with a country is that country's.
    /// </summary>
    public class Speaker116Tests
    {
        private const string Headline = "Ferry captain blamed";

        private const string Quote = " \"He was never given the boats,\" the lawyer said.";

        // ---- a side's seat beside which the speaker stood ----

        [Theory]
        [InlineData("A lawyer for one of the captains, speaking to reporters outside the Coast Guard Command, said his client had asked for more crews.")]
        [InlineData("A lawyer for one of the captains, standing near the Coast Guard Command, said his client had asked for more crews.")]
        [InlineData("A lawyer for one of the captains, talking across from the Coast Guard Command, said his client had asked for more crews.")]
        public void ASeatBesideWhichTheSpeakerStoodIsNoSide(string opening)
        {
            var quote = Q(Quotes(Headline, opening + Quote, TestSides.SwedenAndDenmarkWithBodies), "He was never given");
            Assert.Null(quote.Party);
        }

        [Theory]
        // near cases: the seat named as the lawyer's own body, or as the body he speaks for, stays his side
        [InlineData("A lawyer for the Coast Guard Command, speaking to reporters outside the court, said the captain had asked for more crews.")]
        [InlineData("A Coast Guard Command lawyer, speaking to reporters near the harbour, said the captain had asked for more crews.")]
        public void TheSpeakersOwnBodyBesideAnotherPlaceStaysItsSide(string opening)
        {
            var quote = Q(Quotes(Headline, opening + Quote, TestSides.SwedenAndDenmarkWithBodies), "He was never given");
            Assert.Equal("Sweden", quote.Party);
        }

        // ---- one of a group named by a plural noun ----

        [Theory]
        [InlineData("\"The papers were sent,\" one of the customs officers said.", "customs officer")]
        [InlineData("\"The papers were sent,\" another of the customs officers said.", "customs officer")]
        // near case: a share of more than one keeps the plural
        [InlineData("\"The papers were sent,\" two of the customs officers said.", "customs officers")]
        public void OneOfAGroupIsShownByTheSingular(string paragraph, string speaker)
        {
            var quote = Q(Quotes(Headline, paragraph, null), "The papers were sent");
            Assert.Equal(speaker, quote.Speaker);
        }

        // ---- "the country's" after a sentence that opens with a country ----

        private const string EmbassySaid = " The country's embassy in Stockholm said: \"The ferry was never warned.\"";

        [Theory]
        [InlineData("Denmark tells the story another way.", "Denmark")]
        // near case: the sentence before opens with no country, so "the country's" stands for none the text names
        [InlineData("The ferry line tells the story another way.", null)]
        public void TheCountrysBodyIsOfTheCountryTheSentenceBeforeOpensWith(string before, string? party)
        {
            var quote = Q(Quotes(Headline, before + EmbassySaid, TestSides.SwedenAndDenmark), "The ferry was never warned");
            Assert.Equal(party, quote.Party);
        }
    }
}
