using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A bare institution ("The navy said …") takes the side of the last speaker in the chain of claims, but not from a person of
    /// the manifest's party of no side (an analyst): the analyst speaks for no body. After a body of a side it still takes that
    /// side. Sentences of the tests' own.
    /// </summary>
    public class ClaimNoSidePersonChainTests
    {
        private const string WithAnalysts = AccountTestCorpus.Parties + @"  - name: Analysts
    people: [Nils Ekdahl]
";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, WithAnalysts + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void ABareInstitutionAfterAnAnalystTakesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Coastal security analyst Greta Holm said such cases were hard to judge. “A fast boat looks the same whatever it carries,” she said.",
                "The Navy said it had begun a review of its procedures.");
            Assert.Equal("Analysts", corpus.Claims.Single(c => c.Content == "such cases were hard to judge").Party);
            Assert.Null(corpus.Claims.Single(c => c.Content == "it had begun a review of its procedures").Party);
        }

        [Fact]
        public void ABareInstitutionAfterABodyOfASideTakesThatSide()
        {
            // near miss: the last speaker is a side's body, not a person of no side
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Southland Ministry of Defence said such cases were hard to judge.",
                "The ministry said it had begun a review of its procedures.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content == "it had begun a review of its procedures").Party);
        }
    }
}
