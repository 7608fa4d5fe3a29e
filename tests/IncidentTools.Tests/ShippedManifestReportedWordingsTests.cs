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
    /// that" the other side "had been given" or "on their maps" (Pakistan's Coordination worked). Each
    /// with its near case: another side's words, a place that is not the posts, an object that is no attack, a verb that is no
    /// fire. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestReportedWordingsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) => ShippedManifestUnseenStyleCueTests.Claim(corpus, content);

        [Fact]
        public void TheAllClearWithItsHearerNamedIsTheUsSidesCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokesman said that a Pakistani captain at the liaison cell had told U.S. officers that no Pakistani soldiers were on the ridge.",
                "The American review blamed a Pakistani major for telling the coalition there were no Pakistani troops near the valley.");
            foreach (var start in new[] { "a Pakistani captain", "a Pakistani major" })
            {
                var claim = corpus.Claims.Single(c => c.Text.Contains(start) && c.Question == "coordination");
                Assert.Equal("United States", claim.Party);
                Assert.Equal("Coordination failed", claim.Position);
            }
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
            var us = Claim(corpus, "the American convoy");
            Assert.Equal("United States", us.Party);
            Assert.Equal("Pakistani side fired first", us.Position);
            var pk = Claim(corpus, "the checkpoint");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("U.S. side fired first", pk.Position);
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
            foreach (var start in new[] { "all three posts", "the positions of the border posts" })
            {
                var claim = Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("Coordination worked", claim.Position);
            }
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
            var claim = Claim(corpus, "the men at the checkpoints");
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("U.S. side fired first", claim.Position);
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
            foreach (var start in new[] { "the review found", "both armies" })
            {
                var claim = corpus.Claims.Single(c => c.Content.StartsWith(start, System.StringComparison.Ordinal) && c.Question == "coordination");
                Assert.Equal("United States", claim.Party);
                Assert.Equal("Coordination failed", claim.Position);
            }
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
            foreach (var start in new[] { "the checkpoints", "those locations" })
            {
                var claim = Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("Coordination worked", claim.Position);
            }
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
    }
}
