using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// accounts105: cues of the shipped manifest (seeds/corpus.yaml) in a reporter's words that missed: the other side
    /// informed of the posts' positions or given their exact coordinates (coordination worked), an aim to strike denied
    /// ("nobody meant to strike Pakistani troops", "no intention on the American side to target …"), and findings that
    /// "remained valid"; each with the near miss it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestPositionGapTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string question) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == question);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = Claim(corpus, content, question);
            Assert.Equal(party, c.Party);
            Assert.Equal(position, c.Position);
        }

        [Fact]
        public void TheOtherSideInformedOfThePositionsOrGivenTheExactCoordinatesIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Abbas said the coalition had been informed of their positions well before the raid.",
                "Abbas said NATO had been given their exact coordinates weeks before the strike.",
                "Abbas said ISAF was given the precise coordinates of both posts in October.",
                "Abbas said Washington had been informed of Pakistan's positions on the transit fees.");
            Takes(corpus, "the coalition had been informed of their positions", Pk, "coordination", "Coordination worked");
            Takes(corpus, "NATO had been given their exact coordinates", Pk, "coordination", "Coordination worked");
            Takes(corpus, "ISAF was given the precise coordinates", Pk, "coordination", "Coordination worked");
            // the near miss: a side's positions in talks are no places
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("Washington had been informed", StringComparison.Ordinal) && c.Question != null);
        }

        [Fact]
        public void TheWrongCoordinatesGivenAreNoCoordinationThatWorked()
        {
            // the near miss of "the exact coordinates": "the" and a word of error before them is the other position
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "Abbas said NATO had been given the wrong coordinates by its own staff.");
            Takes(corpus, "NATO had been given the wrong coordinates", Pk, "coordination", "Coordination failed");
        }

        [Fact]
        public void AnAimToStrikeThePostsDeniedIsNotDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "George Little said nobody meant to strike Pakistani troops at the posts.",
                "George Little said there had been no intention on the American side to target Pakistani soldiers.",
                "George Little said the raid was meant to strike a militant camp across the border.");
            Takes(corpus, "nobody meant to strike Pakistani troops", Us, "deliberate", "Not deliberate");
            Takes(corpus, "there had been no intention on the American side", Us, "deliberate", "Not deliberate");
            // the near miss: an aim at something else than the side's men
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("the raid was meant to strike", StringComparison.Ordinal) && c.Question == "deliberate");
        }

        [Fact]
        public void FindingsThatRemainValidAreAccurate()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "George Little said the findings of the investigation remained valid.",
                "George Little said the transit agreement remained valid.");
            Takes(corpus, "the findings of the investigation remained valid", Us, "findings", "Findings are accurate");
            // the near miss: something else still valid
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("the transit agreement", StringComparison.Ordinal) && c.Question != null);
        }
    }
}
