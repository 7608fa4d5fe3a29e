using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A manifest person's common last name ("Malik", "Khan") alone in a speaker's words names that person only when no other
    /// person of the article bears it: "Khan said" after "Tahir Khan, a shopkeeper" is the shopkeeper, and "Malik Zareef Gul, an
    /// elder" (the surname word as a given name or an honorific at the front) is not the manifest's "Hamid Malik"; both speak
    /// for no side. The manifest person's own full name, a later "Malik said" after it, and another spelling of the person's
    /// given name beside the same middle name keep the side (SurnameBearers).
    /// </summary>
    public class ClaimSurnameBearerTests
    {
        private static readonly string Manifest = AccountTestCorpus.Parties.Replace("people: [Anna Berg]", "people: [Anna Berg, Hamid Malik, Javed Iqbal Khan]") +
                                                  AccountTestCorpus.Questions;

        [Fact]
        public void ASurnameThatAnotherPersonOfTheArticleBearsNamesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Tahir Khan, a shopkeeper in the border town, said the market had been shut for a week.",
                "Khan said the shelling was deliberate.",
                "Others, like Khan, say they cannot leave.");
            // before: the manifest's "Javed Iqbal Khan" gave each of them Northland's side
            Assert.All(corpus.Claims, c => Assert.Null(c.Party));
            Assert.DoesNotContain(corpus.Claims, c => c.Position != null);
        }

        [Fact]
        public void TheSurnameWordAtTheFrontOfAnotherNameNamesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Malik Zareef Gul, an elder of the valley, said the shelling was deliberate.");
            var elder = corpus.Claims.Single(c => c.Text.StartsWith("Malik Zareef Gul", StringComparison.Ordinal));
            Assert.Null(elder.Party);
            Assert.Null(elder.Position);
        }

        [Fact]
        public void TheManifestPersonAndAnotherSpellingOfHimKeepTheSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Interior Minister Hamid Malik said the shelling was deliberate.",
                "Malik said the army would answer.",
                "Javid Iqbal Khan, the defence secretary, said the shelling was deliberate.");
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Text.StartsWith("Interior Minister", StringComparison.Ordinal)).Party);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Text.StartsWith("Malik said", StringComparison.Ordinal)).Party);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Text.StartsWith("Javid Iqbal Khan", StringComparison.Ordinal)).Party);
        }
    }
}
