using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's general phrasings of a side's position that missed in own set 71 (accounts111): an aim denied
    /// with "aimed at", an error denied ("was no error"), "{self} did not start it", "not a single round fired", the posts'
    /// positions "known to" the other side, the other side "given their map references", standing "by it" after the report
    /// in the same clause, something "wrong in the communication", and a determiner before the side's men after a verb of
    /// aim ("set out to harm a single Pakistani soldier"); each with the near miss it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestSet71CueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) => ShippedManifestUnseenStyleCueTests.Claim(corpus, content);

        private static void Takes(string sentence, string content, string party, string position, string cue)
        {
            using var folder = new TempFolder();
            var claim = Claim(Load(folder, sentence), content);
            Assert.Equal(party, claim.Party);
            Assert.Equal(position, claim.Position);
            Assert.Equal(cue, claim.PositionCue);
        }

        [Fact]
        public void AStrikeNotAimedAtTheSidesMenIsNotDeliberate() =>
            Takes("A U.S. military spokesman said the bombing was not aimed at Pakistani troops.", "the bombing was not aimed", "United States", "Not deliberate", "not aimed at Pakistani troops");

        [Fact]
        public void AnAimedAttackOfOthersIsNoPosition()
        {
            // the near miss: "aimed at" without the negation names the militants' attacks too
            using var folder = new TempFolder();
            var corpus = Load(folder, "Athar Abbas said the militants' raids were aimed at Pakistani troops.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate");
        }

        [Fact]
        public void AnErrorDeniedIsDeliberate() =>
            Takes("Hina Rabbani Khar said the raid on the posts was no error of judgement.", "the raid on the posts", "Pakistan", "Deliberate", "was no error");

        [Fact]
        public void TheSidesOwnDenialThatItStartedItIsTheOtherSideFiringFirst() =>
            Takes("Athar Abbas said its soldiers did not start it.", "its soldiers did not start it", "Pakistan", "U.S. side fired first", "its soldiers did not start it");

        [Fact]
        public void StartingAProcessIsNoPosition()
        {
            // the near miss: the side started something else
            using var folder = new TempFolder();
            var corpus = Load(folder, "Athar Abbas said its soldiers started this training programme in May.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "first-fire");
        }

        [Fact]
        public void NotASingleRoundFiredIsTheOtherSideFiringFirst() =>
            Takes("Athar Abbas said there was not a single round fired from the border posts before the helicopters arrived.", "there was not a single round",
                "Pakistan", "U.S. side fired first", "not a single round fired");

        [Fact]
        public void ThePostsPositionsKnownToTheOtherSideIsCoordinationWorked() =>
            Takes("Athar Abbas said the positions of both posts were known to ISAF.", "the positions of both posts", "Pakistan", "Coordination worked", "positions of both posts were known to ISAF");

        [Fact]
        public void ASidesStancesKnownToTheOtherSideAreNoCoordination()
        {
            // the near miss: positions of no posts ("its positions on the talks")
            using var folder = new TempFolder();
            var corpus = Load(folder, "Athar Abbas said the positions of the government on transit fees were known to Washington.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }

        [Fact]
        public void TheOtherSideGivenTheirMapReferencesIsCoordinationWorked() =>
            Takes("Athar Abbas said ISAF had been given their map references weeks before.", "ISAF had been given", "Pakistan", "Coordination worked", "ISAF had been given their map references");

        [Fact]
        public void TheMapReferencesCueYieldsToTheSidesOwnNeverToldComplaint()
        {
            // a yielding cue (accounts108): beside the same side's "never told" in the document, it keeps no position
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Athar Abbas said ISAF had been given their map references weeks before.",
                "Athar Abbas said Pakistan was never told of the operation.");
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("ISAF had been given", System.StringComparison.Ordinal)).Position);
            Assert.Equal("Coordination failed", Claim(corpus, "Pakistan was never told").Position);
        }

        [Fact]
        public void StandingByTheReportNamedInTheSameClauseIsFindingsAreAccurate() =>
            Takes("George Little said the Pentagon had studied the report and stands by it.", "the Pentagon had studied", "United States", "Findings are accurate", "report and stands by it");

        [Fact]
        public void AnotherSideStandingByTheReportAfterButIsNotTheSpeakers()
        {
            // the near miss: a contrast between the report and the verb, whose subject is another side
            using var folder = new TempFolder();
            var corpus = Load(folder, "Athar Abbas said Pakistan rejected the report, but Washington stands by it.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Pakistan" && c.Position == "Findings are accurate");
        }

        [Fact]
        public void SomethingWrongInTheCommunicationIsCoordinationFailed() =>
            Takes("John Kirby said something went badly wrong in the communication between the two armies.", "something went badly wrong", "United States",
                "Coordination failed", "wrong in the communication");

        [Fact]
        public void NobodySetOutToHarmASingleSoldierIsNotDeliberate() =>
            Takes("Cameron Munter said nobody had set out to harm a single Pakistani soldier.", "nobody had set out", "United States", "Not deliberate", "set out to harm a single Pakistani");

        [Fact]
        public void SettingOutToHarmASingleProgrammeIsNoPosition()
        {
            // the near miss: a determiner before something else than the side's men
            using var folder = new TempFolder();
            var corpus = Load(folder, "Cameron Munter said nobody had set out to harm a single programme of aid to Pakistan.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate");
        }
    }
}
