using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A pull quote: a body paragraph that is one quotation alone, repeating words the body gives to one speaker (PullQuote).
    /// Texts of the tests' own.
    /// </summary>
    public class PullQuoteTests
    {
        private const string Head = "Ferry pier to close";

        [Fact]
        public void APullQuoteTheBodyGivesToOneSpeakerIsTheirs()
        {
            var body =
                "The harbour board voted on Tuesday to close the old ferry pier for a year.\n\n" +
                "\u201CWe will not wait for an accident to happen on that pier\u201D\n\n" +
                "Fishermen who moor there said they had not been asked.\n\n" +
                "\u201CThe pier is rotten. We will not wait for an accident to happen on that pier,\u201D said Mara Lind, the board's chairwoman.\n";
            var quote = Q(Quotes(Head, body, null), "We will not wait");
            Assert.Equal("Mara Lind", quote.Speaker);
            Assert.Equal("PullQuote", quote.Rule);
        }

        [Fact]
        public void EachSentenceMayRepeatAnotherQuotationOfTheSameSpeaker()
        {
            // the pull quote joins two of the speaker's sentences, a quotation and the one that continues it, and leaves
            // out the words between them
            var body =
                "\u201CIt was like being lost at sea for years, then someone threw us a line,\u201D said Tom Hale, a trawler skipper. " +
                "\u201CBut we somehow got tangled up in that line.\u201D\n\n" +
                "The board said the new quay would open in spring.\n\n" +
                "\u201CSomeone threw us a line. But we somehow got tangled up in that line\u201D\n";
            var quote = Q(Quotes(Head, body, null), "Someone threw us");
            Assert.Equal("Tom Hale", quote.Speaker);
            Assert.Equal("PullQuote", quote.Rule);
        }

        [Fact]
        public void WordsNoAttributionHoldsAreNoPullQuote()
        {
            var body =
                "\u201CThe pier is rotten,\u201D said Mara Lind, the board's chairwoman.\n\n" +
                "\u201CNobody will tie up at the old pier again this year\u201D\n";
            Assert.NotEqual("PullQuote", Q(Quotes(Head, body, null), "Nobody will tie").Rule);
        }

        [Fact]
        public void SentencesTwoSpeakersSayAreNoPullQuote()
        {
            var body =
                "\u201CThe pier is rotten to the core,\u201D said Mara Lind, the board's chairwoman.\n\n" +
                "\u201CWe were never asked about the pier,\u201D said Tom Hale, a trawler skipper.\n\n" +
                "\u201CThe pier is rotten to the core. We were never asked about the pier.\u201D\n";
            Assert.NotEqual("PullQuote", Q(Quotes(Head, body, null).Where(q => q.Text.Contains("never")).ToList(), "The pier is rotten").Rule);
        }

        [Fact]
        public void AShortRepeatIsNoPullQuote()
        {
            // three words repeated are a stock phrase as often as a speaker's words
            var body =
                "\u201CIt is over,\u201D said Mara Lind, the board's chairwoman.\n\n" +
                "\u201CIt is over\u201D\n";
            var quotes = Quotes(Head, body, null).Where(q => q.Text.StartsWith("It is over", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(2, quotes.Count);
            Assert.NotEqual("PullQuote", quotes[1].Rule);
        }
    }
}
