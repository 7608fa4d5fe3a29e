using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's "Coordination worked" in Pakistan's own word with the giver as subject: "had given the coalition
    /// the exact positions of its posts", "had given NATO the location", and "NATO had been informed about the posts"; not the
    /// other side's word of itself.
    /// Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestGivenLocationCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void PakistanSayingItGaveTheOtherSideThePostsLocationsIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the army had given NATO the precise locations of both posts a month earlier.",
                "A Pakistani military spokesman said Pakistan had given the coalition the exact positions of its border posts.",
                "A senior Pakistani officer said the coalition had been informed about the posts long before the raid.");
            foreach (var start in new[] { "the army had given NATO", "Pakistan had given the coalition", "the coalition had been informed" })
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("CueThenContent", claim.Rule);
                Assert.Equal("coordination", claim.Question);
                Assert.Equal("Coordination worked", claim.Position);
            }
            Assert.Equal("given NATO the precise locations", ShippedManifestUnseenStyleCueTests.Claim(corpus, "the army had given NATO").PositionCue);
        }

        [Fact]
        public void WhatTheOtherSideWasToldOfItselfIsNoCoordinationPosition()
        {
            // the near miss: the other side's word of what it was given (what NATO knew, said by Pakistan, is a yielding cue
            // now: ShippedManifestKnownLocationCueTests)
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Two U.S. officials said the Pakistanis had given the coalition the wrong locations for the posts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination" && c.Position == "Coordination worked");
        }
    }
}
