using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 77 (accounts124), each on sentences of the tests' own: the hedge
    /// "could not dismiss the possibility of …" puts the act forward (two negators, as "cannot rule out"); a negated verb of
    /// walking back or undermining leaves its object standing ("nothing in the letter walks back what …"); the cue named as a
    /// word with a negated verb ("the word mistake does not describe …"); a rejected account whose source phrase is long ("the
    /// account given to foreign reporters by unnamed officials that …").
    /// </summary>
    public class Set77PositionCausesTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position) =>
            Set76PositionCausesTests.Takes(corpus, content, party, question, position);

        [Fact]
        public void CouldNotDismissThePossibilityPutsTheActForward()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A senior Pakistani general said the army could not dismiss the possibility of a deliberate attack on its posts.",
                "A U.S. colonel said the investigators had dismissed the possibility of a deliberate attack.");
            Takes(corpus, "could not dismiss the possibility", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "had dismissed the possibility", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void ANegatedWalkBackLeavesItsObjectStanding()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"Nothing in today's letter walks back what the investigation found,\" a U.S. official said.");
            Takes(corpus, "walks back what the investigation found", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void ACueNamedAsAWordWithANegatedVerbIsDenied()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the word mistake does not describe a raid that went on for two hours.",
                "A Pakistani colonel said the term \"accident\" never fits an attack on marked posts.",
                "A U.S. colonel said the word accident was the right one for what happened that night.");
            Takes(corpus, "the word mistake", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "never fits", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "was the right one", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void ARejectedAccountWithALongSourcePhraseIsDenied()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general rejected the account given to foreign reporters by U.S. officials that the American troops had come under fire from the Pakistani side.");
            var c = corpus.Claims.Where(x => x.Content.Contains("given to foreign reporters", StringComparison.Ordinal) && x.Party == "Pakistan" && x.Question != null).ToList();
            Assert.DoesNotContain(c, x => x.Position == "Pakistani side fired first");
        }
    }
}
