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
        public void ADescriptionAfterAnAnalystsQuotationTakesNoSide()
        {
            // a description of no organisation word ("the tribunal" is none) after an analyst's quotation: no side from the analyst
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Coastal security analyst Greta Holm said such cases were hard to judge. “A fast boat looks the same whatever it carries,” she said.",
                "The tribunal also asked the skipper to return to answer its questions.");
            Assert.Null(corpus.Claims.Single(c => c.Text.StartsWith("The tribunal also asked", System.StringComparison.Ordinal)).Party);
        }

        [Theory]
        // whose role says they speak for no side (the chain then passes nothing on to a description after them) ...
        [InlineData("Greta Holm", null, "coastal security analyst", true)]
        [InlineData("Greta Holm", null, "constitutional lawyer in Bergen", true)]
        [InlineData("Greta Holm", null, "former Navy official", true)]
        // ... and not a third country's official, of the party of no side only as the others' (the chain goes on after them)
        [InlineData("Greta Holm", "President", null, false)]
        [InlineData("Greta Holm", null, "his spokesman", false)]
        public void NoSideByRoleReadsTheTitleAndRole(string name, string? title, string? role, bool expected) =>
            Assert.Equal(expected, IncidentTools.Attribution.SpeakerResolver.NoSideByRole(
                new IncidentTools.Attribution.Entity { Kind = IncidentTools.Attribution.EntityKind.Person, Display = name, Title = title, Role = role }));

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
