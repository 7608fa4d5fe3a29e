using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of stop 65 (own set 74's general causes): Pakistan's "the locations were given to the
    /// coalition" with an aside after the posts, "handed to", the active "shared the posts' locations with NATO" and the
    /// ditransitive "gave the coalition the locations"; one conclusion or finding rejected; "intention … to engage" the
    /// side's men; "Central Command" without its country; and the narrowed cues: a promised inquiry, the verb "cover up" and
    /// an order about acts of aggression to come read no position. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestLocationsAndPromiseCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = corpus.Claims.Where(x => x.Content.StartsWith(content, StringComparison.Ordinal) && x.Question == question).ToList();
            Assert.True(c.Count == 1, "no single claim on " + question + " starting \"" + content + "\"");
            Assert.Equal(party, c[0].Party);
            Assert.Equal(position, c[0].Position);
        }

        private static void AnswersNothing(IncidentCorpus corpus, string content) =>
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question != null);

        [Fact]
        public void PostsLocationsGivenInOtherShapesAreCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pakistani army said the positions of the two posts, known as Alpha and Bravo, had been given to ISAF months ago.",
                "A Pakistani brigadier said the locations of both posts, which sit on a bare ridge, had been shared with NATO in writing.",
                "A Pakistani colonel said the posts' positions had been handed to the coalition long before the raid.",
                "A Pakistani spokesman said Islamabad had long since shared the posts' locations with NATO.",
                "A Pakistani general said the army gave the coalition the locations of its posts weeks earlier.");
            foreach (var start in new[] { "the positions of the two posts", "the locations of both posts", "the posts' positions", "Islamabad had long since", "the army gave the coalition" })
                Takes(corpus, start, "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void LocationsNotSharedOrSharedOfSomethingElseAreNotCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. officer said Pakistan had not shared the posts' locations with NATO.",
                "A Pakistani general said the army had shared its views with NATO many times.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Coordination worked");
        }

        [Fact]
        public void OneConclusionOrFindingRejectedIsFindingsAreWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier said the army dismissed the central conclusion of the inquiry.",
                "The Pakistani army said it rejected the self-defence finding.");
            Takes(corpus, "the army dismissed the central conclusion", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "it rejected the self-defence finding", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void NoIntentionToEngageTheSidesMenIsNotDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. general said it was never the intention of American forces to engage Pakistani troops.",
                "The Pentagon said the coalition had no intention to engage Pakistani soldiers.",
                "The Pakistani foreign minister said Pakistan had no intention to engage in talks with the rebels.");
            Takes(corpus, "it was never the intention", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the coalition had no intention", "United States", "deliberate", "Not deliberate");
            AnswersNothing(corpus, "Pakistan had no intention to engage in talks");
        }

        [Fact]
        public void CentralCommandWithoutItsCountryIsTheUnitedStates()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Central Command said the inquiry was thorough and it stood by the findings.");
            Assert.Contains(corpus.Claims, c => c.Speaker == "Central Command" && c.Party == "United States");
        }

        [Fact]
        public void APromisedInquiryIsNoViewOfItsFindingsButADoneOneIs()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. spokesman said a thorough investigation will be carried out.",
                "A NATO spokesman said the alliance was committed to a thorough inquiry.",
                "A Pentagon spokesman said the command had conducted a thorough investigation.");
            AnswersNothing(corpus, "a thorough investigation will be");
            AnswersNothing(corpus, "the alliance was committed");
            Takes(corpus, "the command had conducted", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void TheVerbCoverUpIsNoWordOnTheFindingsTheNounIs()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said the story was put about to cover up what happened.",
                "A Pakistani general said the report was a cover-up.");
            AnswersNothing(corpus, "the story was put about");
            Takes(corpus, "the report was a cover-up", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void AnOrderAboutAggressionToComeIsNotDeliberateButTheNamedActIs()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pakistani army chief said any act of aggression will be answered with full force.",
                "A Pakistani general called the raid an unprovoked act of aggression.");
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("any act of aggression", StringComparison.Ordinal) && c.Question == "deliberate");
            Assert.Contains(corpus.Claims, c => c.Party == "Pakistan" && c.Question == "deliberate" && c.Position == "Deliberate");
        }

        [Fact]
        public void NobodyAtThePostsOpenedFireIsThePakistaniDenialButNotOfACrowdOrOfNotKnowing()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said nobody at the two posts opened fire on the helicopters.",
                "A Pakistani general said nobody knows who opened fire first.",
                "A Pakistani police officer said nobody in the crowd opened fire.");
            Takes(corpus, "nobody at the two posts", "Pakistan", "first-fire", "U.S. side fired first");
            AnswersNothing(corpus, "nobody knows who");
            AnswersNothing(corpus, "nobody in the crowd");
        }
    }
}
