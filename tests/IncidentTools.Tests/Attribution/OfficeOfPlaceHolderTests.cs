using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Governor of Khyber Pakhtunkhwa toured …" with no name: the place of the title's "of" is no person's name, and a later
    /// "the governor" or "he" is that office's holder, of the side of the place's country, never of a body that merely spoke
    /// before; an office of another title ("the Prime Minister") or of two countries keeps the reading it had.
    /// </summary>
    public class OfficeOfPlaceHolderTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Fact]
        public void TheOfficeHolderIsNoPlaceAndTakesThePlacesSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The United States said on Thursday that the convoy had strayed off its road.",
                "The Governor of Khyber Pakhtunkhwa toured the flooded valley on Friday.",
                "\"The river rose in a single night and took the bridges with it,\" the governor said.",
                "He said the embankments near the market had held.");
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("The river rose", StringComparison.Ordinal));
            Assert.NotEqual("Khyber Pakhtunkhwa", quote.Speaker);
            Assert.Equal("Pakistan", quote.Party);
            Assert.Equal("Pakistan", corpus.Claims.Single(c => c.Content.StartsWith("the embankments", StringComparison.Ordinal)).Party);
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Khyber Pakhtunkhwa");
        }

        [Fact]
        public void AnotherTitleKeepsTheChainsSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The United States said on Thursday that the convoy had strayed off its road.",
                "The Chief Minister of Khyber Pakhtunkhwa toured the flooded valley on Friday.",
                "\"The road will reopen within the week,\" the Prime Minister said.",
                "\"The river rose in a single night,\" the Chief Minister said.");
            Assert.Equal("United States", corpus.Quotes.Single(q => q.Text.StartsWith("The road will", StringComparison.Ordinal)).Party);
            Assert.Equal("Pakistan", corpus.Quotes.Single(q => q.Text.StartsWith("The river rose", StringComparison.Ordinal)).Party);
        }

        [Fact]
        public void AnOfficeOfTwoCountriesGivesNoPlacesSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The United States said on Thursday that the convoy had strayed off its road.",
                "The Governor of Khyber Pakhtunkhwa met the Governor of Kandahar at the crossing on Friday.",
                "\"The river rose in a single night,\" the governor said.");
            Assert.NotEqual("Pakistan", corpus.Quotes.Single(q => q.Text.StartsWith("The river rose", StringComparison.Ordinal)).Party);
        }
    }
}
