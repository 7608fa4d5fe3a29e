using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Tom Reyes drew boos after arguing that the count was wrong", "…, while saying he would stay": a participle of saying
    /// after a word that leads a participle ("after", "while", "upon"; words.txt participle-lead) reports for the subject of
    /// the clause before it, as one after a comma or "by" does (Participial), when what it takes is a clause ("that …", or a
    /// clause with its subject or finite verb). A phrase after such a participle is what the subject did, and stays no claim
    /// ("after accepting millions from the union", "after slamming into the crowd"). Invented harbour stories; the whole pipeline.
    /// </summary>
    public class ParticipleLeadClauseTests
    {
        private const string Heading = "A headline for the test\n\n";

        [Fact]
        public void AfterAndAParticipleOfSayingReportTheSubjectsClause()
        {
            const string body = "Tom Reyes drew boos at the harbour meeting after arguing that the results were narrow.";
            var f = Assert.Single(Run(body), x => x.Cue == "arguing");
            Assert.Equal("Participial", f.Rule);
            Assert.Equal("Tom Reyes", f.Source);
            Assert.Equal("the results were narrow", f.Content);
            Assert.Equal(Heading.Length + body.IndexOf("the results", System.StringComparison.Ordinal), f.Record.Content.Start);
        }

        [Theory]
        [InlineData("Ada Lund praised the dredging plan, while saying that the budget worried her.", "Ada Lund", "saying", "the budget worried her")]
        [InlineData("The harbour master left the pier upon telling reporters he would resign in May.", "The harbour master", "telling", "he would resign in May")]
        public void WhileOrUponToo(string body, string source, string cue, string content)
        {
            var f = Assert.Single(Run(body), x => x.Cue == cue);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("Ada Lund lost the race after accepting millions from the dockers' union.", "accepting")]
        [InlineData("The ferry stopped at the pier after slamming into the crowd of boats.", "slamming")]
        public void APhraseAfterTheParticipleIsNoClaim(string body, string cue) =>
            Assert.DoesNotContain(Run(body), x => x.Cue == cue);
    }
}
