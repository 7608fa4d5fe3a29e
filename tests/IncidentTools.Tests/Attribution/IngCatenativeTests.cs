using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A reporting verb in -ing right after a catenative verb that governs it ("began criticizing", "kept insisting", "has
    /// continued saying") reports the subject's words, as the infinitive after it does ("started to accuse"). Not after a verb
    /// that ends the act ("stopped blaming"), not a noun ("a fresh start"), not after "be", and a negation before the governing
    /// verb negates the report.
    /// </summary>
    public class IngCatenativeTests
    {
        [Theory]
        [InlineData("Councillor Ada Quist began criticizing the ferry contract.", "Councillor Ada Quist", "criticizing", "the ferry contract")]
        [InlineData("Bram Okafor kept insisting that the pier was safe.", "Bram Okafor", "insisting", "the pier was safe")]
        [InlineData("The Orlen dockers' union has started accusing the board of hiding the costs.", "The Orlen dockers' union", "accusing", "the board of hiding the costs")]
        public void ACueInIngAfterACatenativeReportsTheSubjectsWords(string body, string source, string cue, string content) =>
            AssertReportedByCueThenContent(body, source, cue, content);

        [Fact]
        public void TheInfinitiveAfterBeginReportsToo() =>
            Assert.Equal("Mayor Ines Tovar", ByCue(Run("Mayor Ines Tovar started to blame the harbour board for the delays.", new CueThenContent()), "blame").Source);

        [Theory]
        // near misses: an act of saying ended, not begun; a noun; a passive
        [InlineData("Bram Okafor stopped blaming the council for the delays.")]
        [InlineData("The harbour got a fresh start accusing nobody.")]
        [InlineData("The ferry was kept waiting for an hour.")]
        // an occasion that began, its comma left out; a question, which asserts nothing
        [InlineData("Bram Okafor sent a letter as the hearing began vowing to fight the closure.")]
        [InlineData("Will the mayor, who lost the vote, keep blaming the council for the delays?")]
        public void NoReportWithoutAGoverningCatenative(string body) =>
            Assert.Empty(Run(body, new CueThenContent()));

        [Theory]
        [InlineData("Bram Okafor never began criticizing the ferry contract.", true)]
        [InlineData("Bram Okafor began criticizing the ferry contract.", false)]
        public void ANegationBeforeTheCatenativeNegatesTheReport(string body, bool negated)
        {
            var r = ByCue(Run(body, new CueThenContent()), "criticizing").Record;
            Assert.Equal("Bram Okafor", r.Source!.Text);
            Assert.Equal(negated, ReportedSpeech.IsNegatedCue(r.SourceTokens!, r.CueWords!.Start));
        }
    }
}
