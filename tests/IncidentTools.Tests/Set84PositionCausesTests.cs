using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of missed positions found on own set 84 (fix84c), each on sentences of the tests' own: an aside that names
    /// the place of a side's men (", known as Alder and Birch,") between the subject and its verb, or two names joined in that place
    /// ("at the Alder and Birch posts", "at Alder and Birch"); a speaker's aside (", the
    /// major said,") or an outer "said" before a negative subject, which still denies the predicate; the passive "the
    /// possibility could not be ruled out" as an answer that points back to the question; and wordings of the shipped manifest
    /// (posts known to "the other side", locations given with "their", maps called wrong, an all-clear "said there were no",
    /// fire not directed from the posts, "looking to hit", "put down to confusion").
    /// </summary>
    public class Set84PositionCausesTests
    {
        [Fact]
        public void AnAsideNamingThePlaceOfTheSidesMenKeepsTheCue()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The Pakistani army insists that its soldiers at the two posts, known as Alder and Birch, did not fire first.",
                "A Pakistani general said its troops on the ridge, code-named Kestrel, had not opened fire first.");
            Takes(corpus, "known as Alder and Birch, did not fire first", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "code-named Kestrel, had not opened fire first", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void TwoNamesJoinedInThePlaceOfTheSidesMenKeepTheCue()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The Pakistani army maintains that its soldiers at the Alder and Birch posts did not open fire first.",
                "A Pakistani general denied that its men at Alder and Birch had started the firing.");
            Takes(corpus, "the Alder and Birch posts did not open fire first", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "its men at Alder and Birch had started the firing", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AFrameAsideAfterTheSubjectGivesTheOwnersAccount()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The facts, in the Pakistani army's telling, are that the posts were shelled without any provocation.");
            Takes(corpus, "the posts were shelled without any provocation", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void ASpeakersAsideOrAnOuterSaidBeforeANegativeSubjectStillDenies()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "Nobody in his company, the Pakistani major said, had ever accepted that the raid was an accident.",
                "A Pakistani colonel said nobody in his battalion had accepted that the shelling was an accident.");
            Takes(corpus, "had ever accepted that the raid was an accident", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "nobody in his battalion had accepted that the shelling was an accident", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void ASpeakersAsideBeforeAndOpensAClauseOfItsOwn()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The crews were not warned, a U.S. colonel said, and the shelling was an accident.");
            Takes(corpus, "the shelling was an accident", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void APassiveThatCouldNotBeRuledOutAnswersTheQuestionAsked()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "Asked whether the shelling had been intended, a Pakistani general said the possibility could not be ruled out.",
                "Asked whether the talks would resume soon, a Pakistani minister said a delay could not be ruled out.");
            Takes(corpus, "the possibility could not be ruled out", "Pakistan", "deliberate", "Deliberate");
            TakesNone(corpus, "a delay could not be ruled out", "deliberate");
        }

        [Fact]
        public void PostsKnownToTheOtherSideOrTheirPlacesGivenToItWorked()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani colonel said the location of both posts was known to the other side.",
                "A Pakistani general said their positions were known to the coalition.",
                "A Pakistani major said ISAF had been given their locations weeks earlier.",
                "A Pakistani diplomat said their positions were known to Washington.",
                "A Pakistani senator said the army's views were known to the other side.");
            Takes(corpus, "the location of both posts was known to the other side", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "their positions were known to the coalition", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "ISAF had been given their locations", "Pakistan", "coordination", "Coordination worked");
            // (a side's "positions" known to the other's government are as often its stance; views are no posts)
            TakesNone(corpus, "their positions were known to Washington", "coordination");
            TakesNone(corpus, "the army's views were known to the other side", "coordination");
        }

        [Fact]
        public void WrongMapsOrAnAllClearGivenFailed()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "U.S. officers said the maps used by the patrol were wrong.",
                "U.S. officials said a Pakistani officer at the border centre had been asked and had said there were no Pakistani troops nearby.");
            Takes(corpus, "the maps used by the patrol were wrong", "United States", "coordination", "Coordination failed");
            Takes(corpus, "there were no Pakistani troops nearby", "United States", "coordination", "Coordination failed");
        }

        [Fact]
        public void FireNotDirectedFromThePostsMeansTheOtherSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani major said the posts were shelled without any fire having been directed from them.");
            Takes(corpus, "without any fire having been directed from them", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void LookingToHitAndPutDownToConfusionNameTheAim()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "\"Nobody went up that night looking to hit Pakistani troops,\" a U.S. colonel said.",
                "A Pakistani senator questioned how a raid lasting two hours could be put down to confusion.",
                "A U.S. major said the shelling could be put down to confusion at the border.");
            Takes(corpus, "looking to hit Pakistani troops", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "a raid lasting two hours could be put down to confusion", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "put down to confusion at the border", "United States", "deliberate", "Not deliberate");
        }
    }
}
