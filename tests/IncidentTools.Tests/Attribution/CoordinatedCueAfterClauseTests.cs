using System.Collections.Generic;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Sen. Ada Lund said the plan would cost jobs, and called it “a giveaway”": a quotation after a second verb phrase of
    /// the subject, headed by a reporting verb after "and" or "but" in the form of the first cue, is that verb's object; the
    /// first cue keeps its own reported clause, which is a claim of its own (before, the quotation took the first cue and
    /// the clause was lost). Not a verb of another form inside the reported clause ("says he would sit down and tell
    /// them “…”"), nor a verb after a new clause with a subject of its own. Invented harbour stories; the whole pipeline.
    /// </summary>
    public class CoordinatedCueAfterClauseTests
    {
        private const string Heading = "A headline for the test\n\n";

        [Fact]
        public void TheFirstCueReportsItsClauseAndTheSecondTheQuotation()
        {
            const string body = "Sen. Ada Lund (D-Ohio) said the harbour plan would give money to developers, and called the mayor “the best friend the builders ever had.”";
            var found = Run(body);
            var said = ByCue(found, "said");
            Assert.Equal("CueThenContent", said.Rule);
            Assert.Equal("Sen. Ada Lund", said.Source);
            Assert.Equal("the harbour plan would give money to developers", said.Content);
            Assert.Equal(Heading.Length + body.IndexOf("the harbour plan", System.StringComparison.Ordinal), said.Record.Content.Start);
            var called = ByCue(found, "called");
            Assert.Equal("CueBeforeQuote", called.Rule);
            Assert.Equal("Sen. Ada Lund", called.Source);
            Assert.Equal("the best friend the builders ever had.", called.Content);
        }

        [Theory]
        [InlineData("Tom Reyes said he did not own the ferries, but called the fleet “a luxury.”", "said", "he did not own the ferries", "called")]
        [InlineData("Ada Lund acknowledged that even she found the ''berth fees'' confusing and called the marina deal ''a great example'' of waste.", "acknowledged", "even she found the ''berth fees'' confusing", "called")]
        [InlineData("The harbour master says the boats may not like the weather, but insists the skipper is staging a “phony protest.”", "says", "the boats may not like the weather", "insists")]
        public void EachCueHasItsOwnContent(string body, string first, string content, string second)
        {
            var found = Run(body);
            Assert.Equal(content, ByCue(found, first).Content);
            var quoted = ByCue(found, second);
            Assert.Equal(ByCue(found, first).Source, quoted.Source);
            Assert.DoesNotContain(first + " ", quoted.Content);
        }

        [Fact]
        public void AVerbOfAnotherFormBelongsToTheReportedClause()
        {
            // "tell" is the reported clause's verb ("he'd … tell"), not a second phrase of "says": the quotation stays with "says"
            var found = Run("Reyes says he'd sit the skipper down and tell him “no more excuses” at the pier.");
            var says = ByCue(found, "says");
            Assert.Equal("Reyes", says.Source);
            Assert.Contains("“no more excuses”", says.Content);
            Assert.DoesNotContain(found, f => f.Cue == "tell" && f.Rule == "CueBeforeQuote");
        }

        [Fact]
        public void ANewClauseWithItsOwnSubjectKeepsTheFirstReading()
        {
            // the quotation is Tom Reyes's own, read by the rules of his clause, never Ada Lund's "said" nor her second phrase
            var found = Run("Ada Lund said the pier was closed, and Tom Reyes agreed and called it “a disaster.”");
            Assert.Equal("the pier was closed", ByCue(found, "said").Content);
            Assert.Equal("Ada Lund", ByCue(found, "said").Source);
            Assert.DoesNotContain(found, f => f.Source == "Ada Lund" && f.Content.Contains("disaster"));
        }
    }
}
