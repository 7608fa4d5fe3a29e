using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Subjects that are not the speaker of the words after them (issue 8): the inner subject of an "As X reported," frame
    /// before a colon, the outer subject of a parenthesis that has its own subject and cue, and a name spoken to at the start
    /// of a transcript turn.
    /// </summary>
    public class ForeignSubjectTests
    {
        [Fact]
        public void AStatementAfterAFramedReportIsTheFramesSource()
        {
            var quotes = Quotes("As the Harbour Ledger reported, the council was refusing to reopen the pier:\n\n" +
                                "“We will not take risks with public safety while the survey is unfinished.”\n\nThe pier has been shut since March.");
            var q = Q(quotes, "We will not take risks");
            Assert.Equal("Harbour Ledger", q.Speaker);
            Assert.Equal("the Harbour Ledger", q.SpeakerMention);
            // the statement joins the frame's own attribution ("As … reported"), whose cue it shares
            Assert.Equal(nameof(AsCue), q.Rule);
            Assert.Equal("reported", q.Cue);
        }

        [Theory]
        // no frame: the clause's own subject introduces the statement
        [InlineData("The council was refusing to reopen the pier:")]
        // a time clause, not a frame of report: the main clause's subject still speaks
        [InlineData("After the Harbour Ledger reported the closure, the council issued a statement:")]
        public void WithoutAFrameTheClauseSubjectKeepsTheStatement(string intro)
        {
            var q = Q(Quotes(intro + "\n\n“We will not take risks with public safety while the survey is unfinished.”"), "We will not take risks");
            Assert.Equal("council", q.Speaker);
            Assert.Equal(nameof(ColonSubject), q.Rule);
        }

        [Theory]
        [InlineData("Tom Reyes, who designed its frame, once said")]
        [InlineData("Tom Reyes, its designer, once said")]
        public void AParenthesisWithItsOwnSpeakerGivesThatSpeakerNotTheOuterSubject(string clause)
        {
            // the clause in the brackets is read from the bracket on, its subject's aside skipped as in a sentence of its own
            var q = Q(Quotes("Most engineers agree that the bridge is sound (" + clause + ", “It will stand for a century”)."), "It will stand");
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("Tom Reyes", q.SpeakerMention);
        }

        [Fact]
        public void AParenthesisWithoutACueLeavesTheOuterSpeaker()
        {
            var q = Q(Quotes("Tom Reyes said the frame would hold (“It will stand for a century”)."), "It will stand");
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void ANameSpokenToAtTheStartOfATurnIsNoSubject()
        {
            var records = Attributions("PETER: Peter, the ministry tells it very differently.\n\nANNA: They say the ferry was never inspected.\n\n" +
                                       "PETER: And the mayor says otherwise, of course.");
            // the host keeps his turns, with no role taken from the words after his name
            Assert.All(records.Where(r => r.Speaker == "Peter"), r => Assert.Null(r.Role));
            var told = records.Single(r => r.Content == "it very differently");
            Assert.Equal("the ministry", told.Source);
            Assert.Equal("tells", told.Cue);
        }

        [Fact]
        public void ANameWithAClosedAppositionAtTheStartOfATurnIsTheSubject()
        {
            var records = Attributions("REYES: Jo Bell, the harbour master, told me the ferry was sound.\n\nLUND: That is not what the log shows.");
            var told = records.Single(r => r.Content == "the ferry was sound");
            Assert.Equal("Jo Bell", told.Speaker);
            Assert.Equal("harbour master", told.Role);
        }
    }
}
