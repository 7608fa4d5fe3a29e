using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's phrasings met in unseen styles (accounts52, own Salala set 51): the fire described between
    /// "came under" and "fire" ("came under heavy mortar fire"), an attack "pre-planned" or "planned in advance", "set out to
    /// kill" (negated, "nobody set out to kill …", not deliberate) and "a mix-up" (denied, "you cannot call that a mix-up",
    /// deliberate). Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestUnseenStyleCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        internal static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, System.StringComparison.Ordinal) && c.Question != null);

        [Fact]
        public void FireDescribedAfterCameUnderIsWhoFiredFirstForEitherSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Two U.S. officials said the patrol came under heavy mortar fire from the ridge before it called for aircraft.",
                "A Pakistani commander said the border posts came under sustained rocket fire at midnight.");
            var us = Claim(corpus, "the patrol came under");
            Assert.Equal("United States", us.Party);
            Assert.Equal("CueThenContent", us.Rule);
            Assert.Equal("Pakistani side fired first", us.Position);
            Assert.Equal("came under heavy mortar fire", us.PositionCue);
            var pk = Claim(corpus, "the border posts came under");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("U.S. side fired first", pk.Position);
        }

        [Fact]
        public void CameUnderCriticismIsNoPosition()
        {
            // the near miss: what came under is no fire
            using var folder = new TempFolder();
            var corpus = Load(folder, "Two U.S. officials said the patrol commander came under heavy criticism from senators.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "first-fire");
        }

        [Fact]
        public void PlannedInAdvanceAndSetOutToKillAndAMixUpAnswerWhetherItWasDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general told the senators that the strike on the posts was pre-planned.",
                "A second Pakistani officer said the raid had been planned in advance.",
                "Pentagon officials said nobody set out to kill Pakistani soldiers at the posts.",
                "A Pakistani military official said: \"You cannot call that a mix-up.\"");
            var planned = Claim(corpus, "the strike on the posts was pre-planned");
            Assert.Equal("Pakistan", planned.Party);
            Assert.Equal("Deliberate", planned.Position);
            var advance = Claim(corpus, "the raid had been planned in advance");
            Assert.Equal("Deliberate", advance.Position);
            var nobody = Claim(corpus, "nobody set out to kill");
            Assert.Equal("United States", nobody.Party);
            Assert.Equal("Not deliberate", nobody.Position);
            Assert.True(nobody.Negated);
            var mixUp = Claim(corpus, "You cannot call that a mix-up");
            Assert.Equal("Pakistan", mixUp.Party);
            Assert.Equal("Deliberate", mixUp.Position);
        }

        [Fact]
        public void APlannedVisitIsNoPosition()
        {
            // the near miss: "planned" alone, of something else, is no cue
            using var folder = new TempFolder();
            var corpus = Load(folder, "Pentagon officials said the planned visit to Islamabad had been postponed.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate");
        }
    }
}
