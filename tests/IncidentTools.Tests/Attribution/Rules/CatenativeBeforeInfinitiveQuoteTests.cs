using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueBeforeQuote: a verb that governs an infinitive ("continue", "refused", tagged catenative) right before a quotation
    /// that opens with "to" is the infinitive's verb, "would continue “to fight for the pier”", and no cue of the quotation:
    /// the speaker is the subject of the clause that reports it.
    /// </summary>
    public class CatenativeBeforeInfinitiveQuoteTests
    {
        [Theory]
        [InlineData("Lund said that her crew would continue “to fight for the pier” across the county.", "to fight", "Lund")]
        [InlineData("Reyes told reporters the board continued “to ignore the fishermen” all year.", "to ignore", "Reyes")]
        public void TheQuotationIsTheReportingSubjects(string body, string quote, string source)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: true), new CueBeforeQuote(close: false)), quote)!;
            Assert.Equal(source, a.Source!.Text);
        }

        [Theory]
        [InlineData("Lund continued, “To be frank, the pier is gone.”", "To be", "Lund")]                 // a comma: the verb introduces it
        [InlineData("Reyes said “to rebuild the pier would cost millions” at the meeting.", "to rebuild", "Reyes")] // "said" governs no infinitive
        public void AVerbOfSpeechBeforeItStillIntroducesIt(string body, string quote, string source)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: true), new CueBeforeQuote(close: false)), quote)!;
            Assert.Equal(source, a.Source!.Text);
        }

        [Fact]
        public void TheWholePipelineGivesItToTheSpeaker()
        {
            var q = Q(Quotes("Lund said that her crew would continue “to fight for the pier” across the county."), "to fight");
            Assert.Equal("Lund", q.SpeakerMention);
        }
    }
}
