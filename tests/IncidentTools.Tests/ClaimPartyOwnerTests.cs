using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A claim's side when its source is not the speaker before it: a document whose owner is written or that speaks for
    /// no side named before ("the army's rebuttal", "an article"), and another country's institution of
    /// the same name as a side's ("the Chinese Foreign Office" is not the side's "Foreign Office"); sentences of the tests' own.
    /// </summary>
    public class ClaimPartyOwnerTests
    {
        private static IncidentClaim Single(IncidentCorpus corpus, string textStart) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal));

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void AnotherCountrysInstitutionIsNotTheSidesOfTheSameName()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Chinese Foreign Office spokesman, Li Wen, said the shelling was deliberate. He said the talks must go on.",
                "A Foreign Office spokesman said the shelling was an accident.");
            Assert.Null(Single(corpus, "A Chinese Foreign Office").Party);
            Assert.Null(Single(corpus, "He said the talks").Party);
            // the near miss: the side's own office
            var own = Single(corpus, "A Foreign Office spokesman");
            Assert.Equal("Southland", own.Party);
            Assert.Equal("Not deliberate", own.Position);
        }
    }
}
