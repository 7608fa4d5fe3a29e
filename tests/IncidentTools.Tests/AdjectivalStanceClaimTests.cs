using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A side's view written with the copula and an adjective of certainty ("Pakistani commanders are adamant that …", "the
    /// Pentagon was emphatic that …"): the copula's subject is the speaker, and the that-clause is its claim, read by the
    /// shipped manifest's cues like the clause of "said". An empty "it" ("It is certain that …") is nobody's claim. Sentences
    /// of the tests' own.
    /// </summary>
    public class AdjectivalStanceClaimTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void ASideAdamantThatItsMenDidNotFireFirstSaysTheOtherSideDid()
        {
            using var folder = new TempFolder();
            var claim = ShippedManifestUnseenStyleCueTests.Claim(Load(folder, "Pakistani commanders are adamant that their soldiers had not fired first."), "their soldiers had not fired first");
            Assert.Equal("Pakistani commanders", claim.Speaker);
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("U.S. side fired first", claim.Position);
        }

        [Fact]
        public void ASideEmphaticThatTheStrikeWasNoAccidentHoldsItDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Pakistani military was emphatic that the attack on its posts was deliberate.");
            var claim = Assert.Single(corpus.Claims, c => c.Question == "deliberate");
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void AnEmptyItBeforeTheCopulaIsNobodysClaim()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "It is certain that the attack on the posts was deliberate.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate" && !string.IsNullOrEmpty(c.Party));
        }
    }
}
