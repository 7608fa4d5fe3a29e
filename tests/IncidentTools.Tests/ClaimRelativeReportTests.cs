using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A cue in a relative clause that reports what another side's account holds ("the Southern account, which holds that
    /// …") is that side's report, not the speaker's: neither for the one who says it was rejected nor for the one who
    /// rejected it, also when the relative clause stands before the cue (a passive "had been rejected by …") and when its
    /// verb is a phrasal claim ("holds that"). Texts of the tests' own.
    /// </summary>
    public class ClaimRelativeReportTests
    {
        [Fact]
        public void AnotherSidesAccountInARelativeClauseIsNotTheSpeakers()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southern account of the clash, which holds that Northland fired first, had been rejected by the Interior Ministry in a letter.");
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg");
            Assert.Equal("Northland", berg.Party);
            Assert.Null(berg.Position);
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Position == "Northland fired first");
        }

        [Fact]
        public void TheSourcesOwnSidesAccountStaysItsWord()
        {
            // the near miss: the antecedent names the speaker's own side, whose report the speaker gives as its own
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Northern account of the clash, which holds that Southland fired first, had been sent to the envoys in a letter.");
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "first-shot");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Southland fired first", berg.Position);
            Assert.Equal("Southland fired first", berg.PositionCue);
        }
    }
}
