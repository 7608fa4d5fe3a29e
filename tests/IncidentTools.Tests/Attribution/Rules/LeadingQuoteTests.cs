using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>LeadingQuote: an earlier quotation of a sentence whose later quotation has its source and cue after it.</summary>
    public class LeadingQuoteTests
    {
        [Theory]
        [InlineData("The old pier is “a danger to anyone who walks on it” and “beyond repair,” Tom Reyes said on Monday.", "a danger", "Tom Reyes")]
        [InlineData("The ferry was a “lucky escape” that brought “real relief to the island,” Ada Lund wrote.", "lucky escape", "Ada Lund")]
        // a pronoun before the first quotation is the subject of what is said
        [InlineData("It is “slow,” “costly” and “far too late,” said Tom Reyes, the harbour master.", "slow", "Tom Reyes")]
        [InlineData("It is “slow,” “costly” and “far too late,” said Tom Reyes, the harbour master.", "costly", "Tom Reyes")]
        public void TheEarlierQuotationIsTheSameSources(string body, string earlier, string source)
        {
            var c = RunRules(body, new NamingVerb(), new QuoteThenCue(), new InvertedIntroduction(), new LeadingQuote());
            var a = Of(c, earlier)!;
            Assert.Equal("LeadingQuote", a.Rule);
            Assert.Equal(source, a.Root.Source!.Text);
        }

        [Theory]
        // a reporting verb before the first quotation or between the two: that one reports it
        [InlineData("The mayor called the pier “a danger” and it is “beyond repair,” Tom Reyes said.", "a danger")]
        [InlineData("The pier is “a danger,” the mayor warned, and “beyond repair,” Tom Reyes said.", "a danger")]
        // another subject or an owner between the two quotations
        [InlineData("The pier is “a danger” and he thinks it is “beyond repair,” Tom Reyes said.", "a danger")]
        [InlineData("The pier is the “pride” of “the old town,” Tom Reyes said.", "pride")]
        // a clause about someone, a colon or a dash between
        [InlineData("The pier, which the mayor calls “a danger,” is “beyond repair,” Tom Reyes said.", "a danger")]
        [InlineData("The pier had one sign: “Closed” — and it is “beyond repair,” Tom Reyes said.", "Closed")]
        // the later quotation's source stands before it
        [InlineData("The pier is “a danger” and Tom Reyes said it is “beyond repair.”", "a danger")]
        public void NothingMayBringInAnotherSource(string body, string earlier)
        {
            var c = RunRules(body, new NamingVerb(), new QuoteThenCue(), new InvertedIntroduction(), new CueBeforeQuote(close: true), new CueBeforeQuote(close: false), new LeadingQuote());
            Assert.NotEqual("LeadingQuote", Of(c, earlier)?.Rule);
        }

        [Fact]
        public void TheQuoteShowsTheLaterQuotationsSpeaker()
        {
            var quotes = Quotes("Tom Reyes runs the harbour.\n\nThe pier is “a danger to all” and “beyond repair,” Reyes said.");
            var q = Q(quotes, "a danger");
            Assert.Equal("LeadingQuote", q.Rule);
            Assert.Equal("Tom Reyes", q.Speaker);
        }
    }
}
