using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>SameSentenceQuote: a later quotation of a sentence whose earlier quotation is attributed.</summary>
    public class SameSentenceQuoteTests
    {
        private static readonly RulesUpToContinuation Stage = new RulesUpToContinuation();

        [Theory]
        [InlineData("The ferry is “slow as a snail,” Tom Reyes wrote in an email to a friend, and “full of rust.”", "full of rust", "Tom Reyes")]
        [InlineData("The captain “got a free pass,” Reyes said, and still “got to sit in on the inquiry.”", "got to sit", "Reyes")]
        [InlineData("Ada Lund compared the mayor to a captain “steering by the stars” in hopes that “the fog will lift” by noon.", "the fog", "Ada Lund")]
        // the colon of the attribution's own cue introduces the later quotation
        [InlineData("Tom Reyes spoke at noon. Granting that the pier might reopen “in the spring” he warned: “Nothing will sail before the wall is rebuilt.”", "Nothing will sail", "he")]
        public void TheLaterQuotationIsTheSameSources(string body, string later, string source)
        {
            var c = Stage.Run(body);
            var a = Of(c, later)!;
            Assert.Equal("SameSentenceQuote", a.Rule);
            Assert.Equal(source, a.Root.Source!.Text);
        }

        [Theory]
        // another subject, a reporting verb, a clause about the source, a quotation in the source's own description
        [InlineData("The ferry is “slow as a snail,” Tom Reyes wrote, but the mayor called it “fine.”", "fine")]
        [InlineData("The ferry is “slow as a snail,” Tom Reyes wrote, though he was “glad” of it.", "glad")]
        [InlineData("“The pier is closed,” said Tom Reyes, whose new book is about “lost harbours” of the north.", "lost harbours")]
        [InlineData("“The pier is closed,” said Tom Reyes, author of “Lost harbours, found ships,” a history.", "Lost harbours")]
        // a colon that is not the cue's own
        [InlineData("The ferry is “slow as a snail,” Tom Reyes wrote last week; the notice: “Closed.”", "Closed")]
        [InlineData("The ferry is “slow as a snail,” Tom Reyes wrote in his column: “Closed.”", "Closed")]
        public void NothingBetweenMayBringInAnotherSource(string body, string later)
        {
            var c = Stage.Run(body);
            Assert.NotEqual("SameSentenceQuote", Of(c, later)?.Rule);
        }

        /// <summary>The rules that attribute the earlier quotation, then the continuation rule under test.</summary>
        private sealed class RulesUpToContinuation
        {
            public IncidentTools.Attribution.AttributionContext Run(string body) =>
                RunRules(body, new NamingVerb(), new QuoteThenCue(), new CueBeforeQuote(close: true), new CueBeforeQuote(close: false),
                    new ContinuationPass(new SplitQuote(), new SameSentenceQuote()));
        }
    }
}
