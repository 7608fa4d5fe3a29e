using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's forms that the own Salala sets missed (accounts83): an aim denied with "intend", "want" or
    /// "target" and its object ("did not intend to kill Pakistani soldiers", "do not target Pakistani troops"), the findings
    /// "not supported by the facts", "neither factually correct", not disowned or stood by one by one, and coordination
    /// failed as "failures in coordination", "mistakes in coordination" or a mechanism that "failed" or "broke down".
    /// Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestAimAndFailureCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string question) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, System.StringComparison.Ordinal) && c.Question == question);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = Claim(corpus, content, question);
            Assert.Equal(party, c.Party);
            Assert.Equal(position, c.Position);
        }

        [Fact]
        public void AnAimDeniedWithIntendWantOrTargetIsNotDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokesman said the United States did not intend to kill Pakistani soldiers.",
                "A State Department spokeswoman said American forces do not target Pakistani troops.",
                "Two U.S. officials said the commanders had not wanted the deaths of Pakistani soldiers.",
                "A Pakistani general said the coalition had wanted to kill Pakistani soldiers.");
            Takes(corpus, "the United States did not intend to kill", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "American forces do not target", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the commanders had not wanted the deaths", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the coalition had wanted to kill", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void IntendOrWantWithoutTheSideAsObjectIsNoPosition()
        {
            // the near misses: a plan or a wish of something else
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokesman said the United States intends to investigate the strike fully.",
                "Pentagon officials said they wanted to know what happened at the posts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate");
        }

        [Fact]
        public void FireReceivedOrEngagedFromAndLocationsHandedOrInformedReadTheirPositions()
        {
            // "received fire" as "took fire"; the military's "was engaged from" (with "from"); "informed of their locations" with
            // any determiner; "coordinates … handed to" the other side
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. official said the patrol had received fire from the ridge before it called in aircraft.",
                "A NATO spokesman said the patrol was engaged from the high ground.",
                "A Pakistani general said ISAF had been informed of their locations weeks before.",
                "A Pakistani brigadier said the coordinates of the posts had been handed to the coalition.");
            Takes(corpus, "the patrol had received fire", "United States", "first-fire", "Pakistani side fired first");
            Takes(corpus, "the patrol was engaged from", "United States", "first-fire", "Pakistani side fired first");
            Takes(corpus, "ISAF had been informed of their locations", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "the coordinates of the posts had been handed", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void AnIntentionIsDeliberateOnlyWithTheHarmItAimsAt()
        {
            // "intention" alone was a Deliberate cue, so a plan of something else ("supported the alliance's intention to
            // investigate") gave the speaker the charge of intent; the cue now needs the harm ("no intention of harming …")
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The two secretaries said in a statement that they supported the alliance's intention to investigate the raid at once.",
                "A NATO spokesman said the alliance had no intention of harming Pakistani troops.",
                "An American general said there was no intention on the part of the coalition to target Pakistani posts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate" && c.Content.Contains("to investigate"));
            Takes(corpus, "the alliance had no intention of harming", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "there was no intention on the part of the coalition", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void FindingsNotSupportedByTheFactsOrNotDisownedTakeTheirPositions()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani army spokesman said the findings of the American inquiry were not supported by the facts.",
                "A Pakistani general said the report was neither factually correct nor complete.",
                "A State Department official said Washington would not disown the findings of its investigation.",
                "A Pentagon spokesman said the department stood by every finding of the report.");
            Takes(corpus, "the findings of the American inquiry", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the report was neither", "Pakistan", "findings", "Findings are wrong");
            var disown = Claim(corpus, "Washington would not disown", "findings");
            Assert.Equal("United States", disown.Party);
            Assert.Equal("Findings are accurate", disown.Position);
            Assert.True(disown.Negated);
            Takes(corpus, "the department stood by every finding", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void NotSupportedByTheFactsSaidOfTheOtherSidesChargesIsNoFindingsPosition()
        {
            // the near miss: the side the findings clear says it of the other side's charges, not of the findings
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pentagon spokesman said the Pakistani accusations were not supported by the facts.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings");
        }

        [Fact]
        public void FailuresAndMistakesInCoordinationAndABrokenMechanismAreCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Pentagon officials said a series of failures in coordination contributed to the deaths.",
                "A U.S. general said mistakes in coordination on both sides had let the firing go on.",
                "A Pakistani general said the coordination mechanism had failed completely.",
                "A Pakistani official said coordination had broken down that night.",
                "A U.S. official said coordination had not broken down.");
            Takes(corpus, "a series of failures in coordination", "United States", "coordination", "Coordination failed");
            Takes(corpus, "mistakes in coordination", "United States", "coordination", "Coordination failed");
            Takes(corpus, "the coordination mechanism had failed", "Pakistan", "coordination", "Coordination failed");
            Takes(corpus, "coordination had broken down", "Pakistan", "coordination", "Coordination failed");
            // a negator among the words between denies it, as "coordination between them had not failed" does
            Takes(corpus, "coordination had not broken down", "United States", "coordination", "Coordination worked");
        }
        [Fact]
        public void FiredAtInThePassiveIsWhoWasTheTargetAndTheSideActiveIsNoCue()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Two U.S. officials said the patrol was fired at from the ridge before it called for aircraft.",
                "A Pakistani colonel said: \"Nobody says we fired at anyone first.\"");
            Takes(corpus, "the patrol was fired at", "United States", "first-fire", "Pakistani side fired first");
            // the near miss: the side's own men active ("we fired at anyone") are not the target
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("Nobody says", System.StringComparison.Ordinal) && c.Question != null);
        }

        [Fact]
        public void FireDirectedFromTheSidesPostsAndAnEngagementInitiatedByASideAreWhoFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pakistani army maintains that no fire was directed from its posts at the patrol.",
                "A Pakistani general said the engagement was initiated by the coalition.");
            Takes(corpus, "no fire was directed from its posts", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the engagement was initiated by", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AnInquiryThatStandsOrFindingsCalledSoundOrSupportedAreAccurateAndNotAcceptedInThePassiveAreWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokesman said: \"The investigation stands.\"",
                "A U.S. official described the findings as sound.",
                "A second U.S. official said the conclusions were supported by the evidence.",
                "A Pakistani minister said the American findings on the raid have not been accepted by Pakistan.");
            Takes(corpus, "The investigation stands", "United States", "findings", "Findings are accurate");
            Takes(corpus, "the findings as sound", "United States", "findings", "Findings are accurate");
            Takes(corpus, "the conclusions were supported", "United States", "findings", "Findings are accurate");
            var minister = corpus.Claims.Single(c => c.Speaker == "Pakistani minister" && c.Question == "findings");
            Assert.Equal("Pakistan", minister.Party);
            Assert.Equal("Findings are wrong", minister.Position);
        }

        [Fact]
        public void DetailsNotSharedAndWrongLocationsAreCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the coalition did not share the details of the operation.",
                "A Pakistani colonel said the liaison officers had been given wrong locations by the coalition.");
            Takes(corpus, "the coalition did not share the details", "Pakistan", "coordination", "Coordination failed");
            Takes(corpus, "the liaison officers had been given wrong locations", "Pakistan", "coordination", "Coordination failed");
        }
    }
}
