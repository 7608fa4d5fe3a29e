using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// party136: a politician named by a political party of a country of no side (countries.txt's fifth column, Turkey's
    /// parties) is of that country, the manifest's party of the others ("NAME, deputy chairman of the ruling AK Party",
    /// "NAME, co-chair of the Peace and Democracy Party (BDP)"), as "PML-N leader NAME" is Pakistan's. The party speaking as
    /// a body is no side. Sentences of the tests' own.
    /// </summary>
    public class OtherCountryPoliticalPartyTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PartiesWithObservers + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("Emre Kaplanoglu, deputy chairman of the ruling AK Party, said the shelling was deliberate.")]
        [InlineData("Emre Kaplanoglu, co-chair of the opposition Peace and Democracy Party (BDP), said the shelling was deliberate.")]
        [InlineData("Emre Kaplanoglu of the Republican People's Party said the shelling was deliberate.")]
        public void APoliticianOfAnotherCountrysPartyIsOfTheOthers(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Emre Kaplanoglu", claim.Speaker);
            Assert.Equal("Observers", claim.Party);
        }

        [Fact]
        public void ThePartyAsABodyIsNoSide()
        {
            // the near miss: the party itself speaks for no state
            using var folder = new TempFolder();
            var corpus = Load(folder, "The AK Party said the shelling was deliberate.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Null(claim.Party);
        }
    }
}
