using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A claim's source of two sides joined by "and" is neither side's, whether the sides' words stand side by side
    /// ("Northern and Southern officials") or each conjunct has its own head ("Northern officials and Southern diplomats",
    /// "the Northern army and the Southern embassy"); a preposition between them makes one person of the first side.
    /// </summary>
    public class ClaimJointSourceTests
    {
        [Theory]
        [InlineData("Northern and Southern officials said the patrol fired first.")]
        [InlineData("Northern officials and Southern diplomats said the patrol fired first.")]
        [InlineData("The Northern army and the Southern embassy said the patrol fired first.")]
        public void ASourceOfTwoSidesIsNeithers(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties, "Border posts reopen", sentence);
            var claim = corpus.Claims.Single(c => c.Content == "the patrol fired first");
            Assert.Null(claim.Party);
        }

        [Theory]
        [InlineData("Northern officials said the patrol fired first.", "Northland")]
        [InlineData("The Northern envoy for Southland and the islands said the patrol fired first.", "Northland")]
        // (a comma and an article after a person: an apposition, not a second conjunct)
        [InlineData("Omar Diaz, a Northern-born member of parliament, said the patrol fired first.", "Southland")]
        public void OneSidesSourceKeepsItsSide(string sentence, string party)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties, "Border posts reopen", sentence);
            Assert.Equal(party, corpus.Claims.Single(c => c.Content == "the patrol fired first").Party);
        }
    }
}
