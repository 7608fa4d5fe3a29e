using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "claim" with a prize, a title or lives as its object (its line of sense-objects.txt) wins or takes them and reports
    /// nothing; with a clause after the same noun it still reports.
    /// </summary>
    public class PrizeObjectTests
    {
        [Theory]
        [InlineData("Ada Lindqvist claimed the world title in Oslo on Sunday.")]
        [InlineData("The young Dutch rider claimed a bronze medal in the sprint.")]
        [InlineData("Harbour Rovers claimed the scalp of the league leaders last night.")]
        [InlineData("The storm claimed three lives along the coast.")]
        public void WinningOrTakingReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new CueThenContent()));

        [Fact]
        public void AClauseAfterThePrizeStillReports()
        {
            // near miss: "claimed the title was …" opens a clause, what the subject holds
            var f = Assert.Single(Run("Coach Bram Okafor claimed the title was decided by the referees.", new CueThenContent()));
            Assert.Equal("Coach Bram Okafor", f.Source);
            Assert.Equal("claimed", f.Cue);
            Assert.Equal("the title was decided by the referees", f.Content);
        }

        [Fact]
        public void ClaimingAPlainObjectStillReports()
        {
            // near miss: a claim about anything else stays a claim
            var f = Assert.Single(Run("Mayor Ines Tovar claimed credit for the new ferry line.", new CueThenContent()));
            Assert.Equal("Mayor Ines Tovar", f.Source);
            Assert.Equal("credit for the new ferry line", f.Content);
        }
    }
}
