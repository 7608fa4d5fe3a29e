using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Lena Berg said …" when the manifest knows Anna Berg: a manifest person's surname after a given name that is not in
    /// that person's full name is another person, of no side (a villager, a shopkeeper); "Anna Berg" and "Minister Berg" stay
    /// the manifest's.
    /// </summary>
    public class ClaimSurnameOfAnotherTests
    {
        [Fact]
        public void AnotherGivenNameBeforeAManifestSurnameIsAnotherPerson()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Lena Berg, a shopkeeper in the border town, said the shelling was deliberate.",
                "Anna Berg said the shelling was deliberate.",
                "Minister Berg said again that the shelling was deliberate.");
            // before: Lena Berg took Anna Berg's side, and her words became Northland's position
            var lena = corpus.Claims.Single(c => c.Text.StartsWith("Lena Berg", StringComparison.Ordinal));
            Assert.Null(lena.Party);
            Assert.Null(lena.Position);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Text.StartsWith("Anna Berg", StringComparison.Ordinal)).Party);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Text.StartsWith("Minister Berg", StringComparison.Ordinal)).Party);
        }
    }
}
