using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// A claim that a verb of asking asks about ("asked about the claim, made in foreign papers, that …", "asked about reports
    /// that …") is a question put to someone: the asker asserts none of it, so a cue in the claim takes no position; a statement
    /// beside the question keeps its own. Sentences of the tests' own.
    /// </summary>
    public class ClaimAskedAboutTests
    {
        private static readonly string Manifest = StanceRuleTests.Manifest;

        [Theory]
        [InlineData("Several Northern lawmakers asked about the claim, made in foreign papers, that Southern troops fired first.")]
        [InlineData("Anna Berg asked about reports that Southern troops fired first at the ridge.")]
        public void ACueInAClaimAskedAboutTakesNoPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "first-shot");
        }

        [Fact]
        public void AClaimMadeBesideTheQuestionKeepsItsPosition()
        {
            // the near miss: the asker's own statement after the question
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Anna Berg asked about the inquiry and said that Southern troops fired first at the ridge.");
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("Southland fired first", claim.Position);
        }
    }
}
