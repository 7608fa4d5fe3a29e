using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Wordings of the sides' known claims that the shipped manifest's cues lacked, as other outlets write them: the coalition
    /// "told exactly where those posts were", that "had the exact locations" of the posts, "knew the coordinates" of them, to
    /// which a side "passed the posts' locations", that "had been given maps" or "knew the posts were Pakistani" (Pakistan's
    /// Coordination worked); "no fire had been directed from the two posts" and "no cause to open fire" (Pakistan's U.S. side
    /// fired first); "gaps in coordination", "a failure of the coordination system", "coordination between the two armies at the
    /// frontier had broken down", "the information went wrong" (Coordination failed); the coalition that "had long had the
    /// locations" of the posts, "the locations of those posts were known" (Pakistan's Coordination worked); "the findings, as
    /// released by the Pentagon, did not reflect the facts" (Findings are wrong). Each with its near
    /// case: the cue under "not", in the other side's words, or of a place that is not the posts. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestCueWordingsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void WhatTheCoalitionWasToldHadOrKnewOfThePostsIsPakistansCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier said ISAF had been told precisely where those posts stood.",
                "A Pakistani colonel said the coalition had the exact locations of all three posts.",
                "A Pakistani major said NATO knew the coordinates of the border posts.",
                "A Pakistani spokesman said the army had passed the posts' locations to ISAF in October.",
                "A Pakistani general said NATO had been told the exact position of both posts.");
            foreach (var start in new[] { "ISAF had been told", "the coalition had the exact", "NATO knew the coordinates", "the army had passed", "NATO had been told the exact" })
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("coordination", claim.Question);
                Assert.Equal("Coordination worked", claim.Position);
            }
        }

        [Fact]
        public void TheCoalitionNotToldOrAnotherPlaceOrTheOtherSidesWordIsNoCoordinationWorked()
        {
            // the near cases: the cue under "not" (the other position), the coalition's knowledge of militants' hideouts (not the
            // posts), and the American side's own word of the locations it had
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani officer said the coalition had not been told where those posts were.",
                "A Pakistani officer said NATO knew the location of the militant hideouts.",
                "A U.S. official said the coalition had the exact locations of the posts only later.");
            Assert.Equal("Coordination failed", ShippedManifestUnseenStyleCueTests.Claim(corpus, "the coalition had not been told").Position);
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination" && c.Position == "Coordination worked");
        }

        [Fact]
        public void NoFireFromTheCountedPostsOrNoCauseToOpenFireIsPakistansUsSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani officer said no fire had been directed from the three posts before the raid.",
                "A Pakistani general said the troops had given the helicopters no cause to open fire.");
            foreach (var start in new[] { "no fire had been directed", "the troops had given" })
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("first-fire", claim.Question);
                Assert.Equal("U.S. side fired first", claim.Position);
            }
        }

        [Fact]
        public void NoCauseToOpenFireInTheOtherSidesWordIsNoPosition()
        {
            // the near case: the rule of engagement in the American side's words says nothing of who fired first
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official said the troops had no cause to open fire unless they were attacked.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "first-fire");
        }

        [Fact]
        public void GapsInCoordinationAreCoordinationFailedAndNoGapsTheOtherPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official said there were gaps in coordination between the two armies.",
                "A Pakistani general said there were no gaps in coordination on the Pakistani side.");
            var failed = ShippedManifestUnseenStyleCueTests.Claim(corpus, "there were gaps");
            Assert.Equal("United States", failed.Party);
            Assert.Equal("Coordination failed", failed.Position);
            var worked = ShippedManifestUnseenStyleCueTests.Claim(corpus, "there were no gaps");
            Assert.Equal("Pakistan", worked.Party);
            Assert.Equal("Coordination worked", worked.Position);
        }

        [Fact]
        public void FailureOfTheCoordinationOrALongerBreakdownOrWrongInformationIsCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official described the breakdown as a failure of the coordination system along the border.",
                "A U.S. general said coordination between the two armies at the frontier had broken down.",
                "\"Somewhere in that chain the information went wrong,\" a NATO official said.");
            var positions = corpus.Claims.Where(c => c.Question == "coordination").Select(c => (c.Party, c.Position)).ToList();
            Assert.Equal(3, positions.Count);
            Assert.All(positions, p => Assert.Equal(("United States", "Coordination failed"), p));
        }

        [Fact]
        public void NoFailureOfTheCoordinationIsTheOtherPosition()
        {
            // the near case: the cue under "no" in the other side's words
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said there was no failure of the coordination system on its side.");
            var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, "there was no failure");
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Coordination worked", claim.Position);
        }

        [Fact]
        public void LocationsLongHadOrKnownAreCoordinationWorkedButNotAnotherPlacesOrUnderNot()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the coalition had long had the locations of both posts.",
                "A Pakistani colonel said the locations of those posts were known.");
            foreach (var start in new[] { "the coalition had long had", "the locations of those posts" })
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("Coordination worked", claim.Position);
            }

            // the near cases: the places of something else, and the posts' places not known
            using var other = new TempFolder();
            var near = Load(other,
                "A Pakistani officer said the locations of the militant camps were known to everyone.",
                "A Pakistani general said the locations of the posts were not known to the helicopter crews.");
            Assert.DoesNotContain(near.Claims, c => c.Question == "coordination" && c.Position == "Coordination worked");
        }

        [Fact]
        public void FindingsNotReflectingTheFactsAfterAnAsideAreFindingsWrongButNotWithoutTheNegation()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani diplomat said the findings, as released by the Pentagon, did not reflect the facts on the ground.");
            var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, "the findings, as released");
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Findings are wrong", claim.Position);

            // the near case: the same aside with the findings said to reflect the facts holds no cue of the findings' being wrong
            using var other = new TempFolder();
            var near = Load(other,
                "A U.S. official said the findings, as released by the Pentagon, did reflect the facts on the ground.");
            Assert.DoesNotContain(near.Claims, c => c.Position == "Findings are wrong");
        }

        [Fact]
        public void PostsAttackedWithoutAnyFiringFromThemArePakistansUsSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pakistani brigadier said the ridge posts were attacked without any firing from them.");
            Assert.Equal("U.S. side fired first", ShippedManifestUnseenStyleCueTests.Claim(corpus, "the ridge posts").Position);

            // the near cases: the same words in the other side's mouth, and denied
            using var other = new TempFolder();
            var near = Load(other,
                "A U.S. colonel said the ridge posts were attacked without any firing from them.",
                "A Pakistani major denied that the ridge posts had been attacked without any firing from them.");
            Assert.DoesNotContain(near.Claims, c => c.Position == "U.S. side fired first");
        }

        [Fact]
        public void AnAmbushOfTheSidesMenIsDeliberateAndDeniedTheOtherPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the raid had been an ambush of Pakistani troops.",
                "A U.S. colonel said the raid was not an ambush of the Pakistani soldiers.");
            Assert.Equal("Deliberate", ShippedManifestUnseenStyleCueTests.Claim(corpus, "the raid had been").Position);
            Assert.Equal("Not deliberate", ShippedManifestUnseenStyleCueTests.Claim(corpus, "the raid was not").Position);

            // the near cases: an ambush of the other side's men, and one of nobody named
            using var other = new TempFolder();
            var near = Load(other,
                "A Pakistani colonel said the convoy had been an ambush of American troops.",
                "A U.S. officer said the patrol had walked into an ambush near the ridge.");
            Assert.DoesNotContain(near.Claims, c => c.Question == "deliberate");
        }
    }
}
