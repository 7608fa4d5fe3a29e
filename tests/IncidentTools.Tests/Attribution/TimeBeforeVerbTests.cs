using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue #8: a time word after its lead ("last week", "this month", "earlier this month") between a subject and its
    /// reporting verb belongs to the verb's group, as "on Monday" does: the subject is the name before it, never the
    /// time word ("week"), and a party label in brackets may stand before it. Sentences of an invented harbour town.
    /// </summary>
    public class TimeBeforeVerbTests
    {
        private static Found Only(string body, string cue) => ByCue(Run(body, new CueThenContent()), cue);

        [Theory]
        [InlineData("Ines Vale last week said the ferry would stop.", "said")]
        [InlineData("Ines Vale earlier this month said the ferry would stop.", "said")]
        [InlineData("Ines Vale last night told reporters the ferry would stop.", "told")]
        public void TheNameBeforeTheTimeIsTheSubject(string sentence, string cue)
        {
            var f = Only(sentence, cue);
            Assert.Equal("Ines Vale", f.Source);
            Assert.Equal("Ines Vale", f.Record.Speaker?.Display);
            Assert.Equal("the ferry would stop", f.Content);
        }

        [Fact]
        public void APartyLabelInBracketsThenATimeBeforeTheVerb()
        {
            var f = Only("Sen. Ines Vale (D-Maine) last week said the ferry would stop.", "said");
            Assert.Equal("Ines Vale", f.Record.Speaker?.Display);
            Assert.Equal("the ferry would stop", f.Content);
        }

        [Fact]
        public void ATimeAfterADescriptionLeavesTheDescription()
        {
            // "a rally last week": a noun that names no speaker keeps its time; "A rally" is never made a source by it
            var all = Run("A rally last week said nothing new about the ferry.", new CueThenContent());
            Assert.DoesNotContain(all, x => x.Source == "A rally");
            // "a poll released last week": the time is the participle's; the poll, never "released", is the source
            var poll = Only("A harbour poll released last week found the ferry was popular.", "found");
            Assert.NotEqual("released", poll.Record.Speaker?.Display);
            // "drew" is no reporting verb: no attribution
            Assert.Empty(Run("The rally last week drew thousands of people to the pier.", new CueThenContent()));
        }

        [Fact]
        public void ATimeBeforeAVerbThatReportsNothing()
        {
            // "opened" reports no words: the time phrase makes no cue of it
            Assert.Empty(Run("Ines Vale last week opened a new office near the pier.", new CueThenContent()));
        }

        [Fact]
        public void AQuotationAfterTheVerbTakesTheNameBeforeTheTime()
        {
            var q = QuoteRuleText.Quotes("Ines Vale last week told reporters, \"The ferry will stop.\"\n\n" +
                                         "Sen. Tom Hale (D-Maine) earlier this month said, \"The pier is safe.\"");
            Assert.Equal("Ines Vale", QuoteRuleText.Q(q, "The ferry").Speaker);
            Assert.Equal("Tom Hale", QuoteRuleText.Q(q, "The pier").Speaker);
        }
    }
}
