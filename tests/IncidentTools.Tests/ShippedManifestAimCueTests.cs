using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of an aim set out against the side's men ("set out to strike Pakistani soldiers", negated
    /// "did not set out to harm Pakistani troops") and of findings "not factually correct". Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestAimCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string question) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == question);

        [Fact]
        public void AnAimSetOutAgainstTheSidesMenIsDeliberateAndItsDenialNot()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the coalition pilots set out to kill Pakistani soldiers that night.",
                "The U.S. ambassador, Cameron Munter, said the American crews did not set out to harm Pakistani troops.",
                "According to ISAF, the review found \"no sign that any pilot set out to strike Pakistani soldiers.\"");
            var general = Claim(corpus, "the coalition pilots set out", "deliberate");
            Assert.Equal("Pakistan", general.Party);
            Assert.Equal("Deliberate", general.Position);
            Assert.Equal("set out to kill Pakistani soldiers", general.PositionCue);
            var munter = Claim(corpus, "the American crews did not", "deliberate");
            Assert.Equal("United States", munter.Party);
            Assert.Equal("Cameron Munter", munter.Speaker);
            Assert.Equal("Not deliberate", munter.Position);
            Assert.True(munter.Negated);
            var isaf = Claim(corpus, "no sign that any pilot", "deliberate");
            Assert.Equal("United States", isaf.Party);
            Assert.Equal("Not deliberate", isaf.Position);
        }

        [Fact]
        public void AnAimAgainstAnotherTargetIsNoPosition()
        {
            // near miss: the operation's own aim ("set out to strike a militant camp") says nothing of the strike on the posts
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pentagon spokesman said the patrol set out to strike a militant camp near the border.");
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("the patrol set out", StringComparison.Ordinal) && c.Question != null);
        }

        [Fact]
        public void FindingsNotFactuallyCorrectAreWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The ISPR said the findings of the American inquiry were \"not factually correct\" and asked for a joint review.",
                "A Pakistani military spokesman said the report was factually correct only about the time of the first call.");
            var ispr = Claim(corpus, "the findings of the American inquiry", "findings");
            Assert.Equal("Pakistan", ispr.Party);
            Assert.Equal("Findings are wrong", ispr.Position);
            Assert.Equal("not factually correct", ispr.PositionCue);
            // near miss: "factually correct" with no negator is no cue of either position
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("the report was factually correct", StringComparison.Ordinal) && c.Question == "findings");
        }

        [Fact]
        public void AnOwnedAccountBeforeIsThatIsItsOwnersPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Islamabad's position is that the strike on the posts was unprovoked.",
                "The trouble with Islamabad's account is that the strike on the posts was unprovoked and nobody can check it.");
            var own = Claim(corpus, "the strike on the posts was unprovoked", "first-fire");
            Assert.Equal("Pakistan", own.Party);
            Assert.Equal("OwnedStatement", own.Rule);
            Assert.Equal("U.S. side fired first", own.Position);
            // near miss: the subject is "the trouble", not the account
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("the strike on the posts was unprovoked and", StringComparison.Ordinal));
        }
    }
}
