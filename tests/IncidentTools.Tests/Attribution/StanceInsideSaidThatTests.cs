using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The paper adds that the military still maintains …", "The mayor's office noted that the board had rejected the plan":
    /// the "that" right after a verb of saying opens its content, not a relative clause, and a denial, or a stance over a
    /// clause, in that content is a report of its own, its subject's, beside the outer speaker's report of it. A plain verb of
    /// saying or telling there is an event the outer speaker reports, and so are a judgement and a stance over a noun phrase;
    /// a "that" after a noun ("the notes that …") stays a relative.
    /// </summary>
    public class StanceInsideSaidThatTests
    {
        private const string Lead = "The ferry ran aground on Sunday.\n\n";

        [Fact]
        public void ADenialInsideANoteIsItsSubjectsToo()
        {
            var records = Attributions(Lead + "The mayor's office noted that the harbour board had rejected the inquiry's findings on Monday.");
            var outer = records.Single(x => x.Cue == "noted");
            Assert.Equal("mayor's office", outer.Speaker);
            Assert.Equal("the harbour board had rejected the inquiry's findings on Monday", outer.Content);
            var inner = records.Single(x => x.Source == "the harbour board");
            Assert.Equal("CueThenContent", inner.Rule);
            Assert.Equal("rejected", inner.Cue);
            Assert.Equal("the inquiry's findings on Monday", inner.Content);
        }

        [Fact]
        public void AStanceOverAClauseInsideWhatAPaperAddsIsItsSubjects()
        {
            var records = Attributions(Lead + "The Gazette adds that the harbour board still maintains its pilots did not leave the channel.");
            var inner = records.Single(x => x.Cue == "maintains");
            Assert.Equal("harbour board", inner.Speaker);
            Assert.Equal("its pilots did not leave the channel", inner.Content);
        }

        [Theory]
        // a plain verb of telling: what the outer speaker reports happened
        [InlineData("The statement acknowledged that the harbour board had not told the pilots about the storm.", "told")]
        // a judgement: an act, not a stance of the board's
        [InlineData("Ms Varga noted that the harbour board also supported the plan in 2019.", "supported")]
        // a stance over a noun phrase
        [InlineData("The Gazette wrote that the harbour board had claimed a loss of $9 million.", "had claimed")]
        public void NoReportOfItsOwnWhereTheInnerVerbReportsNoStance(string sentence, string cue)
        {
            var records = Attributions(Lead + sentence);
            Assert.DoesNotContain(records, x => x.Cue == cue);
        }

        [Fact]
        public void AThatAfterANounStaysARelative()
        {
            var records = Attributions(Lead + "The notes that the harbour board rejected were lost.");
            Assert.DoesNotContain(records, x => x.Source != null && x.Source.Contains("harbour board"));
        }
    }
}
