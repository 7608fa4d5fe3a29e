using System;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Cues of the shipped manifest (seeds/corpus.yaml) in an analyst's words that earlier missed: a side named as never
    /// firing at all, a side's passive denial ("not a single round was fired"), "fired the first shot" / "start the fight",
    /// "explained away as an error", "neither fair nor complete", "the investigation was thorough", "poor communication", and
    /// the other side given the posts' coordinates; each with the near miss it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestCueGapTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        /// <summary>The shipped manifest with one article of these paragraphs (<see cref="TestManifest.LoadShipped"/>).</summary>
        internal static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string? question = null) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && (question == null || c.Question == question));

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = Claim(corpus, content, question);
            Assert.Equal(party, c.Party);
            Assert.Equal(position, c.Position);
        }

        private static void AnswersNothing(IncidentCorpus corpus, string content) =>
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question != null);

        [Fact]
        public void PakistanDenyingSelfDefenceSaysTheOtherSideFiredFirst()
        {
            // accounts61: a side that denies the engagement was self-defence denies the other's account, not its own (not yet
            // "could not be described as self-defence": a "*" stands for no verb by which a document speaks)
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The ISPR statement said the firing on the ridge cannot be called an act of self-defence.",
                "A Foreign Office spokesman said the raid on the two posts was not self-defence by any reading.",
                "A Pentagon spokesman said the crews acted in self-defence and did so not a minute too soon.");
            Takes(corpus, "the firing on the ridge cannot be called", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "the raid on the two posts was not self-defence", Pk, "first-fire", "U.S. side fired first");
            // the near miss: the cues are Pakistan's; the other side's self-defence, a negator after it, stays its own account
            Takes(corpus, "the crews acted in self-defence", Us, "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void PlansNotSharedAndCoordinationSaidToBeInadequateAreCoordinationFailed()
        {
            // accounts47: "did not share their plans for the operation", "coordination was inadequate" (the cue's other order)
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Foreign Office said the coalition had not shared its plans for the night raid with the officers at the border posts.",
                "A Pentagon spokesman said the coordination had been inadequate, and the officers would be retrained.",
                "A Foreign Office spokesman said the two armies had shared their plans for the winter patrols.");
            Takes(corpus, "the coalition had not shared its plans", Pk, "coordination", "Coordination failed");
            Takes(corpus, "the coordination had been inadequate", Us, "coordination", "Coordination failed");
            // plans shared, not withheld: no failure
            AnswersNothing(corpus, "the two armies had shared their plans");
        }

        [Fact]
        public void ASideNamedAsNeverFiringOrDenyingInThePassiveDidNotFireFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Maj Gen Athar Abbas, the military spokesman, said Pakistani soldiers had not fired a single shot before the helicopters opened fire.",
                "A Pakistani military official, speaking on condition of anonymity, said not a single round was fired from the posts that night.",
                "Pentagon press secretary George Little said American troops did not start the fight.");
            Takes(corpus, "Pakistani soldiers had not fired", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "not a single round was fired", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "American troops did not start the fight", Us, "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void ASideFiringWithNoNegatorAndNoFirstAnswersNothing()
        {
            // the near miss: "(first)" may be left out only where a negator stands
            using var folder = new TempFolder();
            var corpus = Load(folder, "An ISAF spokesman said Pakistani troops fired at the helicopters from the ridge after the first strike.");
            AnswersNothing(corpus, "Pakistani troops fired at the helicopters");
        }

        [Fact]
        public void AnErrorDeniedTheInquiryCalledUnfairOrThoroughAndPoorCommunication()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Foreign Office spokesman Abdul Basit said the killing of the soldiers could not be explained away as an error.",
                "Athar Abbas said the American inquiry was neither fair nor complete.",
                "George Little said the investigation was thorough and the department would not reopen it.",
                "Little said the deaths followed poor communication between liaison officers on both sides.");
            Takes(corpus, "the killing of the soldiers", Pk, "deliberate", "Deliberate");
            Takes(corpus, "the American inquiry was neither", Pk, "findings", "Findings are wrong");
            Takes(corpus, "the investigation was thorough", Us, "findings", "Findings are accurate");
            Takes(corpus, "the deaths followed poor communication", Us, "coordination", "Coordination failed");
        }

        [Fact]
        public void TheOtherSideGivenThePostsCoordinatesIsCoordinationWorkedOnlyInThatSidesOpponentsWords()
        {
            // the near miss: the coalition given a location, said by itself, is what it was told, not coordination
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Officials at General Headquarters said NATO had been given the coordinates of both posts weeks before the strike.",
                "A spokesman for ISAF in Kabul said the coalition had been given the location of the patrol by Afghan officials.");
            Takes(corpus, "NATO had been given the coordinates", Pk, "coordination", "Coordination worked");
            Assert.Equal(Us, Claim(corpus, "the coalition had been given the location").Party);
            AnswersNothing(corpus, "the coalition had been given the location");
        }
        [Fact]
        public void ASideThatRespondedOnlyAfterOrSaysNobodyFiredDidNotFireFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Maj Gen Athar Abbas said the soldiers at the posts had responded only after they were attacked.",
                "George Little said the crews had responded only after the patrol was fired upon.",
                "Abbas said nobody at the posts fired at the helicopters that night.");
            Takes(corpus, "the soldiers at the posts had responded only after", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "the crews had responded only after", Us, "first-fire", "Pakistani side fired first");
            Takes(corpus, "nobody at the posts fired", Pk, "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void NobodyFiredSaidByTheOtherSideAnswersNothing()
        {
            // the near miss: "nobody fired" is the side's own denial, only in its own words
            using var folder = new TempFolder();
            var corpus = Load(folder, "George Little said nobody on the ridge fired at the aircraft after the second strike.");
            Assert.Equal(Us, Claim(corpus, "nobody on the ridge fired").Party);
            AnswersNothing(corpus, "nobody on the ridge fired");
        }

        [Fact]
        public void AnAimToKillOrHitIsDeliberateAndDeniedItIsNot()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "George Little said nobody meant to kill Pakistani soldiers.",
                "Abbas said the helicopters were meant to hit the posts.",
                "Abbas said the posts were meant to guard the pass against militants.");
            Takes(corpus, "nobody meant to kill", Us, "deliberate", "Not deliberate");
            Takes(corpus, "the helicopters were meant to hit", Pk, "deliberate", "Deliberate");
            // the near miss: an aim that is no attack
            AnswersNothing(corpus, "the posts were meant to guard");
        }

        [Fact]
        public void TheSideSayingItSharedTheLocationsOfItsPostsIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Abbas said Pakistan had shared the locations of its posts with NATO weeks before the strike.",
                "Abbas said the posts had been marked on maps shared with NATO.",
                "George Little said Pakistan had shared the locations of some posts with the coalition.");
            Takes(corpus, "Pakistan had shared the locations of its posts", Pk, "coordination", "Coordination worked");
            // maps shared, said beside the charge that NATO knew, is a yielding cue too (ShippedManifestKnownLocationCueTests)
            Takes(corpus, "the posts had been marked on maps", Pk, "coordination", "Coordination worked");
            // the near miss: the other side's words
            AnswersNothing(corpus, "Pakistan had shared the locations of some posts");
        }

        [Fact]
        public void ASideDenyingItsMenShotAtAllDidNotFireFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Abbas said the soldiers at the posts did not shoot at anyone that night.",
                "George Little said American troops did not shoot first.",
                "Abbas said the soldiers at the posts shoot at militants every week.");
            Takes(corpus, "the soldiers at the posts did not shoot", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "American troops did not shoot first", Us, "first-fire", "Pakistani side fired first");
            // the near miss: shooting with no negator and no "first" says nothing of who began
            AnswersNothing(corpus, "the soldiers at the posts shoot at militants");
        }

        [Fact]
        public void TheOtherSideNeverSharingWhereItsForceWasIsCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Abbas said the coalition had never shared the location of its patrol with Pakistani officers.",
                "Abbas said the coalition shared the location of the patrol only after the strike began.");
            Takes(corpus, "the coalition had never shared the location", Pk, "coordination", "Coordination failed");
            // the near miss: the location shared, with no negator, is no failure named
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("the coalition shared the location", StringComparison.Ordinal) && c.Position == "Coordination failed");
        }
    }
}
