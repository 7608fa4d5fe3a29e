using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "… said on Friday that it stood by its account, three days after the Southern Guard published a report on the
    /// accident": a clause of time set off by a comma whose own subject names another side is the writer's dating of the
    /// report, not the speaker's words (texts of the tests' own).
    /// </summary>
    public class ClaimTimedClauseTests
    {
        private static IncidentCorpus Load(TempFolder folder, string sentence) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);

        [Theory]
        [InlineData("The Interior Ministry said on Friday that talks would resume, three days after the Southern Guard published a report on the accident.")]
        [InlineData("Anna Berg said talks would resume next month, a week after Southern officials released their account of the accident.")]
        public void AnotherSidesActThatDatesTheReportIsNotTheSpeakers(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.Single();
            Assert.Equal("Northland", claim.Party);
            Assert.Null(claim.Question);
            Assert.Null(claim.Position);
        }

        [Theory]
        // the near misses: a clause of time that names no side, or the speaker's own side, is still the speaker's words
        [InlineData("The Interior Ministry said on Friday that the shelling had been an accident, three days after talks broke down.")]
        [InlineData("Anna Berg said the shelling was an accident, two days after Northern officers had inspected the depot.")]
        public void AClauseOfTimeOfNoOtherSideStays(string sentence)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, sentence).Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
            Assert.Equal("accident", claim.PositionCue);
        }
    }
}
