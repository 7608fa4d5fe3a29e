using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 88, each on sentences of the tests' own: a report disclaimed with
    /// "not suggesting that …, but that …" takes no position on the disclaimed clause; an "and" before a subject pronoun and
    /// its finite verb opens a clause that a negator before it does not reach ("did not take part … and we do not accept its
    /// findings"); a cue alone in quotation marks denied as the fitting word ("'mistake' is not the word …"). Misses: "it" for the
    /// inquiry of the sentence before when that sentence names the border posts or opens with a label ("Background: the inquiry …"); coordinates given to "them", grid references
    /// shared, locations of the posts passed; the side's troops that fired only after.
    /// </summary>
    public class Set88PositionCausesTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position) =>
            Set76PositionCausesTests.Takes(corpus, content, party, question, position);

        private static void TakesNone(IncidentCorpus corpus, string content, string question) =>
            Set76PositionCausesTests.TakesNone(corpus, content, question);

        [Fact]
        public void AReportDisclaimedWithButThatTakesNoPositionOnTheDisclaimedClause()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the army was not saying that the pilots had set out to kill its soldiers, but that the raid went on after the alarm was raised.",
                "A Pakistani colonel said the army was not saying that the gunship crews had set out to kill its soldiers.");
            TakesNone(corpus, "but that the raid went on", "deliberate");
            Takes(corpus, "the gunship crews had set out", "Pakistan", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AClauseOfItsOwnAfterAndIsNotReachedByTheNegatorBefore()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said: \"Our officers were never asked to join the U.S. inquiry and we cannot accept its findings.\"",
                "A Pakistani colonel said the army had never been consulted and it had accepted the findings of the U.S. inquiry all the same.");
            Takes(corpus, "never asked to join", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "never been consulted", "Pakistan", "findings", "Findings are accurate");
        }

        [Fact]
        public void AQuotedCueDeniedAsTheFittingWordIsDenied()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said that after two hours of fire on marked posts, \"mistake\" was not the word any soldier would use.",
                "A U.S. colonel said \"mistake\" was the word the investigators had settled on.");
            Takes(corpus, "was not the word any soldier", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "was the word the investigators", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void ItForTheInquiryIsReadWhenItsSentenceNamesThePosts()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The American inquiry said the soldiers at the two posts had opened fire first. The Pakistani army dismissed it within a week.");
            Takes(corpus, "it within a week", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void ItForTheInquiryIsReadAfterALabelThatOpensItsSentence()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Background: the U.S. inquiry released last month said American troops had been fired on first. Pakistan's army rejected it within days.");
            Takes(corpus, "it within days", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void CoordinatesGivenToThemAndReferencesSharedSayCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier said: \"Our officers had given them the coordinates weeks before.\"",
                "A Pakistani major said the grid references of both posts had been shared with NATO in October.",
                "A Pakistani colonel said the army had passed the locations of both posts to ISAF long before the raid.",
                "A U.S. colonel said the Pakistani liaison had given them the wrong coordinates.");
            Takes(corpus, "given them the coordinates weeks", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "shared with NATO in October", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "passed the locations of both posts", "Pakistan", "coordination", "Coordination worked");
            var wrong = corpus.Claims.Where(x => x.Content.Contains("wrong coordinates", StringComparison.Ordinal) && x.Question == "coordination").ToList();
            Assert.DoesNotContain(wrong, x => x.Position == "Coordination worked");
        }

        [Fact]
        public void TheSidesTroopsThatFiredOnlyAfterSayTheOtherFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the troops on the ridge fired only after the helicopters had opened up on them.");
            Takes(corpus, "fired only after the helicopters", "Pakistan", "first-fire", "U.S. side fired first");
        }
    }
}
