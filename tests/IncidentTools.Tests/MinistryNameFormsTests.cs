using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A state's ministry has two names of one office: "Interior Ministry" and "the Ministry of the Interior", "Foreign
    /// Ministry" and "the Ministry of Foreign Affairs", "Ministry of Defence" and "the Defence Ministry". A manifest
    /// organisation written one way gives its side written the other way, with the same guard: another country written right
    /// before it makes it that country's ministry, not the side's.
    /// </summary>
    public class MinistryNameFormsTests
    {
        private const string Manifest = @"
parties:
  - name: Northland
    aliases: [Northland, Northern, Northerners]
    organisations: [Northern Army, Interior Ministry, Ministry of Defence]
    people: [Anna Berg]
  - name: Southland
    aliases: [Southland, Southern, Southerners]
    organisations: [Southern Guard, Foreign Ministry]
    people: [Omar Diaz]
" + AccountTestCorpus.Questions;

        [Theory]
        [InlineData("The Ministry of Interior said on Monday that the shelling at the pass had been deliberate.", "Northland")]
        [InlineData("The Defence Ministry said on Monday that the shelling at the pass had been deliberate.", "Northland")]
        [InlineData("The Ministry of Foreign Affairs said on Monday that the shelling at the pass had been deliberate.", "Southland")]
        public void TheOtherFormOfAMinistrysNameGivesItsSide(string text, string party)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, text);
            Assert.Equal(party, corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void AQuoteOfTheMinistryTakesItsSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "\"The shelling at the pass was deliberate,\" the Ministry of Foreign Affairs said in a statement on Monday.");
            Assert.Equal("Southland", corpus.Quotes.Single().Party);
        }

        [Fact]
        public void AnotherCountrysMinistryIsNotTheSides()
        {
            // (as "Chile's Foreign Ministry" is not the side's "Foreign Ministry")
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Chile's Ministry of Foreign Affairs said on Monday that the shelling at the pass had been deliberate.");
            Assert.NotEqual("Southland", corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void AMinistryOfAnotherPortfolioTakesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "The Ministry of Energy said on Monday that the shelling at the pass had been deliberate.");
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void TheFormsOfAMinistrysName()
        {
            Assert.Contains("Ministry of Foreign Affairs", MinistryNames.OtherForms("Foreign Ministry"));
            Assert.Contains("Ministry of the Interior", MinistryNames.OtherForms("Interior Ministry"));
            Assert.Contains("Department of State", MinistryNames.OtherForms("State Department"));
            Assert.Equal(new[] { "Defence Ministry" }, MinistryNames.OtherForms("Ministry of Defence"));
            Assert.Equal(new[] { "Foreign Ministry" }, MinistryNames.OtherForms("Ministry of Foreign Affairs"));
            // no ministry's head: no other form ("Foreign Office", "Southern Guard", "Ministry of Law and Justice")
            Assert.Empty(MinistryNames.OtherForms("Foreign Office"));
            Assert.Empty(MinistryNames.OtherForms("Southern Guard"));
            Assert.Empty(MinistryNames.OtherForms("Ministry of Law and Justice"));
        }
    }
}
