using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's "Coordination worked" in Pakistan's word of what the other side had or knew of where the posts
    /// were: the locations "shared with", "passed to" or "known to" the coalition, NATO that "had the map references" or "knew
    /// exactly where the posts were", posts "marked on maps given to" it. Said most often to argue the strike was meant, beside
    /// the complaint that the operation was never shared, these cues yield: to that complaint elsewhere in the document, and
    /// in the same claim whatever the cues' lengths. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestKnownLocationCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void WhatTheCoalitionHadOrKnewOfThePostsIsPakistansCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said NATO knew exactly where the posts were.",
                "Pakistani officials said the locations of the two posts had been shared with ISAF in October.",
                "A Pakistani general said ISAF had the map references of the posts for a month.",
                "A Pakistani brigadier said the posts were marked on maps given to the coalition in the spring.",
                // known or held for long
                "A Pakistani major said ISAF had long known precisely where the posts stood.",
                "A Pakistani colonel said NATO had long held the map references of the ridge posts.",
                // the coordinates held, and the references handed to the coalition in the passive
                "A Pakistani general said ISAF had long held the coordinates of both border posts.",
                "A Pakistani brigadier said the coalition had been handed the grid references of the two posts in the summer.");
            foreach (var start in new[] { "NATO knew exactly", "the locations of the two posts", "ISAF had the map references", "the posts were marked", "ISAF had long known", "NATO had long held",
                                          "ISAF had long held", "the coalition had been handed" })
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("coordination", claim.Question);
                Assert.Equal("Coordination worked", claim.Position);
            }
        }

        [Fact]
        public void WhatTheCoalitionHadLongKnownInTheOtherSidesWordsOrDeniedIsNoCoordinationWorked()
        {
            // the near misses: the American side's own word, and the same words denied; the coordinates of the attacker's own
            // targets, not of the posts
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. officer said ISAF had long known precisely where the posts stood.",
                "A Pakistani colonel denied that NATO had long held the map references of the ridge posts.",
                "A Pakistani colonel said NATO had long held the coordinates of its targets in the valley.",
                "A U.S. officer said ISAF had been handed the map references of both posts.",
                "A Pakistani major denied that the coalition had been handed the coordinates of the posts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Coordination worked");
        }

        [Fact]
        public void TheSidesOwnWordOfTheFailureInTheDocumentWins()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said NATO knew exactly where the posts were.",
                "The colonel added that Pakistan was never told of the operation.");
            var positions = corpus.Claims.Where(c => c.Party == "Pakistan" && c.Question == "coordination").Select(c => c.Position).ToList();
            Assert.Equal(new[] { "Coordination failed" }, positions);
        }

        [Fact]
        public void TheSidesOwnWordOfTheFailureInTheSameClaimWinsOverALongerYieldingCue()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the locations of the posts had been shared with NATO and that the coalition never informed Pakistan of its raid.");
            var claim = corpus.Claims.Single(c => c.Question == "coordination");
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Coordination failed", claim.Position);
        }

        [Fact]
        public void TheOtherSidesWordOrAnotherPlaceOrAWrongReferenceIsNoCoordinationWorked()
        {
            // the near misses: the American side's own word of what it knew, what the coalition knew of militants, and
            // coordinates the coalition had wrong
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official said NATO knew exactly where the posts were.",
                "A Pakistani general said the coalition knew where the militants were hiding.",
                "Pakistani officials said the coalition had the wrong coordinates for the posts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Coordination worked");
        }
    }
}
