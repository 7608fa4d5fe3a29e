using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// Sides that no words give: a person introduced by "a" or "an" whose description names no side is someone new, not of the
    /// side that spoke in an earlier entry of a live blog; the outlet's own reporter ("our Washington correspondent") speaks for no side,
    /// whatever place the title posts the reporter to.
    /// </summary>
    public class NewcomerAndOwnReporterSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Fact]
        public void AnIndefiniteNewcomerTakesNoSideFromAnEarlierLiveBlogEntry()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "5:10 pm",
                "The American review, published in the spring, said the convoy had been shelled from the ridge.",
                "4:45 pm",
                "A senior officer, who commanded the sector for two years, says the ridge was never manned at night. \"Nobody was up there after dark,\" he says.");
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("Nobody was up there", StringComparison.Ordinal));
            Assert.Null(quote.Party);
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker != null && c.Speaker.Contains("officer") && c.Party == "United States");
        }

        [Fact]
        public void AnIndefiniteNewcomerNamedBySideKeepsIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "5:10 pm",
                "The American review, published in the spring, said the convoy had been shelled from the ridge.",
                "4:45 pm",
                "A Pakistani brigadier says the ridge was never manned at night. \"Nobody was up there after dark,\" he says.");
            Assert.Equal("Pakistan", corpus.Quotes.Single(q => q.Text.StartsWith("Nobody was up there", StringComparison.Ordinal)).Party);
        }

        [Fact]
        public void TheOutletsOwnCorrespondentSpeaksForNoSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Our Washington correspondent Tariq Mahmood says the mood at the State Department is grim. \"Nobody there expects an apology this month,\" Tariq says.");
            Assert.Null(corpus.Quotes.Single(q => q.Text.StartsWith("Nobody there expects", StringComparison.Ordinal)).Party);
            Assert.All(corpus.Claims.Where(c => c.Speaker == "Tariq Mahmood"), c => Assert.Null(c.Party));
        }
    }
}
