using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Reyes told the chair, Ada Lund, in a telephone call: “…”": a bare form that is a noun too ("call") right after
    /// one named person's own phrase is no verb of hers (one person "calls"), so the quotation is not hers; the clause before
    /// it speaks (issue #8). Two joined names ("Bell and Lund call it") or a verb before the form ("Lund will call it") keep
    /// the verb, and so its speaker.
    /// </summary>
    public class NounFormAfterOnePersonTests
    {
        [Fact]
        public void ThePersonToldInACallIsNoSpeaker()
        {
            var q = Quotes("Mayor Tom Reyes told the council chair, Ada Lund, in a telephone call: “We will not close the harbour.”").Single();
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("CueBeforeQuote", q.Rule);
            Assert.Equal("We will not close the harbour.", q.Text);
        }

        [Theory]
        [InlineData("Ada Lund will call it “a betrayal of the town.”", "Ada Lund")]
        [InlineData("Tom Reyes and Ada Lund call it “a betrayal of the town.”", "Tom Reyes and Ada Lund")]
        [InlineData("Ada Lund, in a letter, will call it “a betrayal of the town.”", "Ada Lund")]
        public void AVerbThatAgreesKeepsItsSpeaker(string body, string speaker)
        {
            var q = Quotes(body).Single();
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
        }
    }
}
