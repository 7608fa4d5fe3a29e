using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues added at stop 66 by writing each position in other words of news English and reading
    /// which forms the manifest missed: the side's own men and the firing or "the exchange" begun ("its men never started the
    /// firing"), "did nothing to provoke", "nobody at the posts had fired", "fired at no one"; the locations qualified ("the
    /// exact locations"), told to the coalition (ditransitive "told"), "knew where its posts were", "aware of the posts";
    /// coordination "between" two sides named at length breaking down and the U.S. side not knowing of the posts; findings
    /// "were correct", "an accurate account", "got the facts wrong". Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestMoreFormsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        internal static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = corpus.Claims.Where(x => x.Content.StartsWith(content, StringComparison.Ordinal) && x.Question == question).ToList();
            Assert.True(c.Count == 1, "no single claim on " + question + " starting \"" + content + "\": " + string.Join(" | ", corpus.Claims.Select(x => x.Speaker + "/" + x.Question + "/" + x.Position + ": " + x.Content)));
            Assert.Equal(party, c[0].Party);
            Assert.Equal(position, c[0].Position);
        }

        [Fact]
        public void TheSidesOwnMenNotBeginningTheFiringIsTheOtherSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani army spokesman said its men never started the firing.",
                "A Pakistani colonel said nobody at the two posts had fired before the gunships came.",
                "A Pakistani major said our posts fired at no one that night.",
                "The Pakistani army said its soldiers did nothing to provoke the raid.");
            foreach (var start in new[] { "its men never started", "nobody at the two posts", "our posts fired at no one", "its soldiers did nothing" })
                Takes(corpus, start, "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void TheExchangeBegunByASideIsThatSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said Pakistani troops had started the exchange.",
                "A U.S. major said the exchange was initiated by the Pakistani border posts.");
            Takes(corpus, "Pakistani troops had started", "United States", "first-fire", "Pakistani side fired first");
            Takes(corpus, "the exchange was initiated", "United States", "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void TheLocationsKnownToTheCoalitionInOtherWordsAreCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier said the Americans had been given the precise locations of both posts.",
                "A Pakistani colonel said NATO knew where its posts were.",
                "A Pakistani major said his officers had told the coalition the exact locations of the posts.",
                "A Pakistani general said ISAF was fully aware of the posts.");
            foreach (var start in new[] { "the Americans had been given", "NATO knew where", "his officers had told", "ISAF was fully aware" })
                Takes(corpus, start, "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void TheUSSideNotKnowingOfThePostsAndCoordinationBetweenThemBreakingDownAreCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said coordination between the two armies broke down that night.",
                "A U.S. major said the patrol did not know the posts were manned.");
            Takes(corpus, "coordination between the two armies", "United States", "coordination", "Coordination failed");
            Takes(corpus, "the patrol did not know", "United States", "coordination", "Coordination failed");
        }

        [Fact]
        public void ThePostsNotKnownOfSaidByPakistanOrInAnotherSenseGiveNoSuchPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said the villagers did not know the posts were there.",
                "A U.S. major said the coalition knew where the insurgents were hiding.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }

        [Fact]
        public void FindingsCalledCorrectOrTheFactsGotWrongTakeTheirPositions()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the report gave an accurate account of the night.",
                "A U.S. major said the findings were correct in every respect.",
                "A Pakistani general said the investigation got the facts wrong.",
                "A Pakistani brigadier said the report did not give an accurate account of the night.");
            Takes(corpus, "the report gave an accurate account", "United States", "findings", "Findings are accurate");
            Takes(corpus, "the findings were correct", "United States", "findings", "Findings are accurate");
            Takes(corpus, "the investigation got the facts wrong", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the report did not give", "Pakistan", "findings", "Findings are wrong");
        }
    }
}
