using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A headline that is one quotation and nothing else: the speaker the body gives its words to (HeadlineEcho), or, over a
    /// question-and-answer interview, the one interviewed (InterviewAnswer). Texts of the tests' own.
    /// </summary>
    public class HeadlineEchoTests
    {
        private const string Body =
            "The harbour board voted on Tuesday to close the old ferry pier for a year.\n\n" +
            "\"The pier is not safe for anyone, and we will not wait for an accident,\" said Mara Lind, the board's chairwoman.\n\n" +
            "Fishermen who moor at the pier said they had not been asked. \"Nobody told us anything,\" said Tom Hale, a trawler skipper.\n";

        [Fact]
        public void AHeadlineQuotationTheBodyGivesToOneSpeakerIsTheirs()
        {
            var quote = Q(Quotes("\"We will not wait for an accident\"", Body, null), "We will not wait");
            Assert.Equal("Mara Lind", quote.Speaker);
            Assert.Equal("HeadlineEcho", quote.Rule);
        }

        [Fact]
        public void WordsNoBodyAttributionHoldsLeaveTheHeadlineUnattributed()
        {
            // the headline's words are the desk's own summary: no speaker is guessed
            Assert.Null(Q(Quotes("\"The pier must close for good\"", Body, null), "The pier must close").Speaker);
        }

        [Fact]
        public void WordsTwoSpeakersSayLeaveTheHeadlineUnattributed()
        {
            var body = Body + "\n\"Nobody told us anything,\" another skipper, Ben Ross, repeated.\n";
            var quotes = Quotes("\"Nobody told us anything\"", body, null).Where(q => q.Text.StartsWith("Nobody told us", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(3, quotes.Count);
            Assert.Null(quotes[0].Speaker);
            Assert.Equal(new[] { "Tom Hale", "Ben Ross" }, quotes.Skip(1).Select(q => q.Speaker));
        }

        [Fact]
        public void AHeadlineQuotationOverAnInterviewIsTheIntervieweesWords()
        {
            var body =
                "Harbour master Piet Marsh spoke to The Kestrel Courier in his office on Monday, a week after the pier closed.\n\n" +
                "Q: Why close the pier now?\n\n" +
                "A: Because the divers found the piles rotten. Nobody can tie up there until they are replaced.\n\n" +
                "Q: And the fishermen?\n\n" +
                "A: They can use the north quay until spring.\n";
            var quote = Q(Quotes("\"We had no choice but to shut it\"", body, null), "We had no choice");
            Assert.Equal("Piet Marsh", quote.Speaker);
            Assert.Equal("InterviewAnswer", quote.Rule);
        }
    }
}
