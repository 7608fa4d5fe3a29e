using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues added at stop 68, found as at stop 67 by writing each position in other words of news English:
    /// the firefight "initiated" by a side, a side "returning fire"; a report called "an honest account", findings that "would
    /// stand", the side that made them having "confidence in" them, findings "thorough"; findings "biased" (said by the side
    /// that rejects them), that "did not reflect the facts", a report that "distorted what happened"; the sides "working from
    /// different maps", a "wrong grid", "neither side told the other", sides that "did not trust each other"; the other side that
    /// "knew where the troops were" or "had maps"; and, for own set 77's fixes, "no shots were fired from the posts", an inquiry
    /// "regarded as credible", "faulty coordination", "the precise positions", "knew where they were". Sentences of the tests' own; the negative cases show where the words stop.
    /// </summary>
    public class ShippedManifestOtherWordingsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position) =>
            ShippedManifestMoreFormsTests.Takes(corpus, content, party, question, position);

        [Fact]
        public void AFirefightInitiatedByASideOrFireReturnedNamesTheSideThatFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the Pakistani posts had initiated the firefight.",
                "A Pakistani major said the American gunships initiated the shooting.",
                "A U.S. captain said the crews were returning fire from the ridge.");
            Takes(corpus, "the Pakistani posts had initiated", "United States", "first-fire", "Pakistani side fired first");
            Takes(corpus, "the American gunships initiated", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the crews were returning fire", "United States", "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void FindingsHonestStandingOrTrustedByTheirMakersAreAccurate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the report was an honest account of a confused night.",
                "A Pentagon spokesman said the conclusions would stand.",
                "A U.S. general said he had every confidence in the investigation.",
                "A U.S. admiral said the findings were thorough and fair.");
            Takes(corpus, "the report was an honest", "United States", "findings", "Findings are accurate");
            Takes(corpus, "the conclusions would stand", "United States", "findings", "Findings are accurate");
            Takes(corpus, "he had every confidence", "United States", "findings", "Findings are accurate");
            Takes(corpus, "the findings were thorough", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void FindingsBiasedUntrueToTheFactsOrDistortingAreWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the American inquiry was biased from the start.",
                "A Pakistani colonel said the findings did not reflect the facts on the ground.",
                "A Pakistani minister said the report distorted what happened at the posts.");
            Takes(corpus, "the American inquiry was biased", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the findings did not reflect", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the report distorted", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void DifferentMapsAWrongGridSilenceAndMistrustBetweenTheSidesAreCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the two staffs had been working from different maps.",
                "A U.S. major said the liaison officer was handed a wrong grid.",
                "A U.S. general said neither side had told the other where its units were.",
                "A U.S. official said the two armies did not trust each other enough to share plans.");
            Takes(corpus, "the two staffs had been", "United States", "coordination", "Coordination failed");
            Takes(corpus, "the liaison officer was handed", "United States", "coordination", "Coordination failed");
            Takes(corpus, "neither side had told", "United States", "coordination", "Coordination failed");
            Takes(corpus, "the two armies did not trust", "United States", "coordination", "Coordination failed");
        }

        [Fact]
        public void TheOtherSideKnowingWhereTheTroopsWereOrHavingMapsIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said NATO knew precisely where our troops were.",
                "A Pakistani colonel said the coalition had maps marking both posts.");
            Takes(corpus, "NATO knew precisely", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "the coalition had maps", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void NoFireFromThePostsAnInquiryRegardedAsSoundFaultyCoordinationAndExactPositions()
        {
            // the wordings own set 77's fixes asked for (its report's "missing cues"), in sentences of the tests' own
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said no shots were fired from the posts that night.",
                "A U.S. admiral said the command regarded the inquiry as credible.",
                "A U.S. colonel said faulty coordination had cost lives.",
                "A Pakistani general said ISAF had been given the precise positions of both posts.",
                "A Pakistani major said the coalition knew exactly where they were.");
            Takes(corpus, "no shots were fired", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the command regarded", "United States", "findings", "Findings are accurate");
            Takes(corpus, "faulty coordination had", "United States", "coordination", "Coordination failed");
            Takes(corpus, "ISAF had been given", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "the coalition knew exactly", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void WrongPositionsAndAnInquiryAsThoroughAsAnotherTakeNoCoordinationOrFindingsPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani senator demanded an investigation as thorough as the one into the dockyard fire.",
                "A Pakistani minister said Islamabad had shared its positions with the coalition on the talks.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question != null);
        }

        [Fact]
        public void TheSameWordsOfAnotherReportOrAnotherFightTakeNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the Pakistani report on the raid was biased.",
                "A U.S. general said he had full confidence in the Pakistani inquiry into the mine blast.",
                "A U.S. major said insurgents had initiated the firefight in the next valley.",
                "A Pakistani colonel said the weather report did not reflect the conditions on the pass.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question != null);
        }
    }
}
