using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of a side's own word that the other side had been given where its posts were, in the
    /// plural ("had been given the locations"), in the active ("had informed the coalition of the location of the posts")
    /// and with "provided"; the wrong locations so given stay the other position. And the finding itself called an attempt
    /// to shift the blame. Sentences of the tests' own.
    /// </summary>
    public class ShippedCoordinationCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string textStart, string question) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal) && c.Question == question);

        [Fact]
        public void TheOtherSideGivenOrInformedOfTheLocationsIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani military spokesman said the coalition had been given the locations of both posts.",
                "Pakistan's Foreign Office said Pakistan had informed the coalition of the location of the posts.",
                "The Pakistani army said in a statement that NATO had been provided their locations a month before.");
            // (the second sentence's "Pakistan had informed …" is a claim of its own within the Foreign Office's: both take it)
            foreach (var start in new[] { "A Pakistani military spokesman", "Pakistan's Foreign Office", "The Pakistani army said" })
            {
                var found = corpus.Claims.Where(c => c.Text.StartsWith(start, StringComparison.Ordinal) && c.Question == "coordination").ToList();
                Assert.NotEmpty(found);
                Assert.All(found, c => Assert.Equal(("Pakistan", "Coordination worked"), (c.Party, c.Position)));
            }
        }

        [Fact]
        public void TheWrongLocationsProvidedStayCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani military spokesman said ISAF had been provided the wrong locations.",
                "Pakistan's Foreign Office said the coalition had been given the locations of these hideouts by informers.");
            Assert.Equal("Coordination failed", Claim(corpus, "A Pakistani military spokesman", "coordination").Position);
            Assert.DoesNotContain(corpus.Claims, c => c.Text.StartsWith("Pakistan's Foreign Office", StringComparison.Ordinal) && c.Question == "coordination");
        }

        [Fact]
        public void TheFindingCalledAnAttemptToShiftTheBlameIsFindingsWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Pakistan's Foreign Office called the finding of self-defence an attempt to shift the blame onto its soldiers.");
            var c = Claim(corpus, "Pakistan's Foreign Office", "findings");
            Assert.Equal("Pakistan", c.Party);
            Assert.Equal("Findings are wrong", c.Position);
        }
    }
}
