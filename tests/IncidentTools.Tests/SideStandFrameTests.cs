using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A side's account given with no verb of saying: an owned noun of saying or of the line a side takes ("stand", "stance")
    /// as the subject of "is" whose complement is a that-clause, with the owner a possessive ("Islamabad's stand") or "the" and a
    /// country's adjective ("The American stance"), an aside between the noun and "is" (", as conveyed by …,", ", according to
    /// …,"), and a verb of saying inside the clause that is the account's own. Sentences of the tests' own.
    /// </summary>
    public class SideStandFrameTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string question) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == question);

        [Fact]
        public void APossessiveSidesStandIsThatSidesAccount()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Islamabad's stand is that the strike on the posts was unprovoked.",
                "Washington's stance was that the patrol had come under fire from the border.");
            var pk = Claim(corpus, "the strike on the posts was unprovoked", "first-fire");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("OwnedStatement", pk.Rule);
            Assert.Equal("U.S. side fired first", pk.Position);
            var us = Claim(corpus, "the patrol had come under fire", "first-fire");
            Assert.Equal("United States", us.Party);
            Assert.Equal("Pakistani side fired first", us.Position);
        }

        [Fact]
        public void ACountrysAdjectiveOwnsTheStandAcrossAnAside()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The American stand, as relayed by diplomats in Kabul to reporters, is that the patrol had come under fire from the border.",
                "The Pakistani stance, according to two senior officers, is that the strike on the posts was unprovoked.");
            var us = Claim(corpus, "the patrol had come under fire", "first-fire");
            Assert.Equal("United States", us.Party);
            Assert.Equal("Pakistani side fired first", us.Position);
            var pk = Claim(corpus, "the strike on the posts was unprovoked", "first-fire");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("U.S. side fired first", pk.Position);
        }

        [Fact]
        public void AVerbOfSayingInsideTheClauseIsTheAccountsOwn()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Washington's version is that the patrol came under fire from the border and responded.");
            var us = Claim(corpus, "the patrol came under fire", "first-fire");
            Assert.Equal("United States", us.Party);
            Assert.Equal("OwnedStatement", us.Rule);
        }

        [Fact]
        public void ASidesViewIsThatSidesAccount()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Islamabad's view is that the strike on the posts was unprovoked.");
            var pk = Claim(corpus, "the strike on the posts was unprovoked", "first-fire");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("OwnedStatement", pk.Rule);
            Assert.Equal("U.S. side fired first", pk.Position);
        }

        [Fact]
        public void NearMissesTakeNoSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                // a stand on a ridge, a grandstand's relative clause, no that-clause of "is"
                "The posts stand on a ridge that the patrol had come under fire from.",
                "The old stand that the crowd filled was empty.",
                // a view out over the border, no that-clause of "is"
                "The view from the posts that the patrol had come under fire from was wide.",
                // another's report after a comma: the account is the reporter's to relay
                "Washington's stance is that the patrol had come under fire from the border, Pakistani officials said.",
                // an aside that is no account's source
                "The American stand, which surprised many, is that the patrol had come under fire from the border.");
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "OwnedStatement");
        }
    }
}
