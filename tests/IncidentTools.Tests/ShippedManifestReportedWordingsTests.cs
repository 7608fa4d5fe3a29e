using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Wordings of the sides' known claims that the shipped manifest's cues lacked: the all-clear with its hearer named ("had told
    /// U.S. officers that no Pakistani soldiers were there", "for telling the Americans there were no Pakistani troops": the U.S.
    /// side's Coordination failed); "engaged first" and "engaged by gunfire" (who was fired on first); the posts "on the maps held
    /// by" the other side and their positions "communicated to" it (Pakistan's Coordination worked); "done nothing to invite the
    /// attack" (Pakistan's U.S. side fired first); "an ordinary error" (Not deliberate, and under "not" the other position);
    /// "mistakes … in the way information" passed and "mistakes in coordinating" (Coordination failed); the posts "on the maps
    /// that" the other side "had been given", "on their maps", "on our maps and theirs", "on maps that Pakistan had given" it,
    /// and the other side "fully aware of where they were" (Pakistan's Coordination worked). Each
    /// with its near case: another side's words, a place that is not the posts, an object that is no attack, a verb that is no
    /// fire. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestReportedWordingsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) => ShippedManifestUnseenStyleCueTests.Claim(corpus, content);

        /// <summary>The one claim on the question in whose sentence each of the words stands has this party and position.</summary>
        private static void Expect(IncidentCorpus corpus, string question, string party, string position, params string[] words)
        {
            foreach (var w in words)
            {
                var claim = corpus.Claims.Single(c => c.Text.Contains(w) && c.Question == question);
                Assert.Equal(party, claim.Party);
                Assert.Equal(position, claim.Position);
            }
        }

        [Fact]
        public void TheAllClearWithItsHearerNamedIsTheUsSidesCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokesman said that a Pakistani captain at the liaison cell had told U.S. officers that no Pakistani soldiers were on the ridge.",
                "The American review blamed a Pakistani major for telling the coalition there were no Pakistani troops near the valley.");
            Expect(corpus, "coordination", "United States", "Coordination failed", "a Pakistani captain", "a Pakistani major");
        }

        [Fact]
        public void TheAllClearInTheOtherSidesWordsIsNoCoordinationFailed()
        {
            // the near case: the Pakistani officer's own word that he told the Americans so is no U.S. account of a failure
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said he had told the Americans there were no Pakistani troops in the valley below the posts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Coordination failed");
        }

        [Fact]
        public void EngagedFirstOrByGunfireIsWhoWasFiredOnFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokeswoman said the American convoy was engaged by gunfire from the hills.",
                "A Pakistani brigadier said the checkpoint had been engaged first by the helicopters.");
            Expect(corpus, "first-fire", "United States", "Pakistani side fired first", "the American convoy");
            Expect(corpus, "first-fire", "Pakistan", "U.S. side fired first", "the checkpoint had been");
        }

        [Fact]
        public void EngagedByWhatIsNoFireIsNoPosition()
        {
            // the near case: "engaged by" the talks names no fire
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokeswoman said the envoys were engaged by the negotiations for days.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "first-fire");
        }

        [Fact]
        public void ThePostsOnTheMapsTheOtherSideHeldOrTheirPositionsCommunicatedToItIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier said all three posts were on the maps held by NATO.",
                "A Pakistani spokesman said the positions of the border posts had been communicated to ISAF in writing.");
            Expect(corpus, "coordination", "Pakistan", "Coordination worked", "all three posts", "the positions of the border posts");
        }

        [Fact]
        public void AnotherPlaceOnTheMapsOrPositionsNeverCommunicatedIsNoCoordinationWorked()
        {
            // the near cases: the militants' hideouts on NATO's maps are not the posts; positions never communicated are the other
            // position (each in an article of its own, so that neither yields to the other)
            using (var folder = new TempFolder())
            {
                var corpus = Load(folder, "A Pakistani brigadier said the militant hideouts were on the maps held by NATO.");
                Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
            }
            using (var folder = new TempFolder())
            {
                var corpus = Load(folder, "A Pakistani spokesman said the positions of the border posts had never been communicated to ISAF.");
                Assert.Equal("Coordination failed", Claim(corpus, "the positions of the border posts").Position);
            }
        }

        [Fact]
        public void DoneNothingToInviteTheAttackIsPakistansUsSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani major said the men at the checkpoints had done nothing to invite the attack.");
            Expect(corpus, "first-fire", "Pakistan", "U.S. side fired first", "the men at the checkpoints");
        }

        [Fact]
        public void NothingToInviteCriticismOrTheOtherSidesWordsIsNoPosition()
        {
            // the near cases: an object that is no attack, and the American side's own patrol
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani major said the men had done nothing to invite criticism.",
                "A Pentagon official said the patrol had done nothing to invite the attack from the ridge.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "U.S. side fired first");
        }

        [Fact]
        public void AnOrdinaryErrorIsNotDeliberateAndNotOneTheOtherPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official said the raid should be treated as an ordinary error.",
                "A Pakistani minister said the raid could not be treated as an ordinary error.");
            Assert.Equal("Not deliberate", Claim(corpus, "the raid should").Position);
            Assert.Equal("Deliberate", Claim(corpus, "the raid could not").Position);
        }
        [Fact]
        public void MistakesInTheWayInformationPassedOrInCoordinatingAreCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the review found mistakes on both sides in the way information was passed at the liaison centre.",
                "A U.S. general said both armies had made mistakes in coordinating with each other that night.");
            Expect(corpus, "coordination", "United States", "Coordination failed", "the review found", "both armies");
        }

        [Fact]
        public void InformationPassedWithNoMistakeNamedIsNoCoordinationFailed()
        {
            // the near case: the way information is passed, with no mistake in it, says nothing of the coordination
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official said the talks had stalled in the way information is passed to the press.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }

        [Fact]
        public void ThePostsOnTheMapsTheOtherSideWasGivenOrOnTheirMapsIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani minister said the checkpoints were on the maps that NATO had been given.",
                "A Pakistani colonel said those locations had been on their maps for months.");
            Expect(corpus, "coordination", "Pakistan", "Coordination worked", "the checkpoints", "those locations");
        }

        [Fact]
        public void SomethingElseOnTheirMapsIsNoCoordinationWorked()
        {
            // the near case: the militants' hideouts on the other side's maps are not the posts
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani minister said the militants' hideouts had been on their maps for months.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }
        [Fact]
        public void TheOtherSideAwareOfWhereThePostsWereOrTheMapsTheSideGaveItIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the checkpoints had stood there for a year, with NATO fully aware of where they were.",
                "A Pakistani colonel said the checkpoints were marked on maps that Pakistan had given the coalition.",
                "A Pakistani major said \"the checkpoints were on our maps and theirs.\"");
            Expect(corpus, "coordination", "Pakistan", "Coordination worked", "for a year", "maps that Pakistan", "our maps and theirs");
        }

        [Fact]
        public void AwareOfWhereOthersWereOrNotAwareIsNoCoordinationWorked()
        {
            // the near cases: the militants' hiding places, not the posts; "not aware" is the other position; the American side's
            // own words of itself
            using (var folder = new TempFolder())
            {
                var corpus = Load(folder,
                    "A Pakistani general said NATO was fully aware of where the militants were hiding.",
                    "A U.S. officer said the coalition was fully aware of where they were.");
                Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
            }
            using (var folder = new TempFolder())
            {
                var corpus = Load(folder, "A Pakistani general said ISAF was not aware of where the posts stood.");
                Expect(corpus, "coordination", "Pakistan", "Coordination failed", "not aware");
            }
        }
    }
}
