using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Causes of positions own sets 70-72 missed, each a general form of news English: a side's own men with a predicate of
    /// theirs before the denied act ("its men at the posts were asleep and did not fire"); men at the posts with no article
    /// ("troops at the posts"), and such men denied by the verb that rejects a claim rather than by "did not"; "In its words,
    /// …" after a body's sentence. Each with the near miss it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestOwnMenAndFramesTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        internal static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        internal static IncidentClaim[] With(IncidentCorpus corpus, string part) =>
            corpus.Claims.Where(c => c.Text.IndexOf(part, StringComparison.Ordinal) >= 0).ToArray();

        internal static void Takes(IncidentCorpus corpus, string part, string party, string question, string position)
        {
            var claims = With(corpus, part).Where(c => c.Question == question).ToArray();
            Assert.True(claims.Any(c => c.Party == party && c.Position == position),
                part + ": " + string.Join(" | ", With(corpus, part).Select(c => c.Speaker + "/" + c.Party + "/" + c.Question + "/" + c.Position + "/" + c.PositionCue)));
            Assert.DoesNotContain(claims, c => c.Position != null && (c.Position != position || c.Party != party));
        }

        private static void NoPosition(IncidentCorpus corpus, string part, string question) =>
            Assert.DoesNotContain(With(corpus, part), c => c.Question == question && c.Position != null);

        [Fact]
        public void OwnMenWithAPredicateBeforeTheDeniedActDidNotFireFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pakistani army says its soldiers at the two border posts were resting or on guard and did not shoot at anybody until they came under attack.",
                "A Pakistani colonel said our soldiers on the ridge were tired and angry and fired back at the helicopters.");
            Takes(corpus, "were resting or on guard", Pk, "first-fire", "U.S. side fired first");
            // near miss: firing back with no denial says nothing of who fired first
            NoPosition(corpus, "were tired and angry", "first-fire");
        }

        [Fact]
        public void MenAtThePostsWithNoArticleDeniedByARejectionAreTheSpeakersOwn()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Pakistani commanders dismissed the central contention that soldiers at the border posts had fired first.",
                "A Pakistani major insisted troops at the posts had not fired first.",
                "A Pakistani analyst said troops had fired first in many border clashes.",
                "A Pakistani general rejected the claim that the troops had opened fire first in that clash.");
            Takes(corpus, "dismissed the central contention", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "troops at the posts had not fired first", Pk, "first-fire", "U.S. side fired first");
            // near miss: troops with no place of theirs are nobody's men
            NoPosition(corpus, "in many border clashes", "first-fire");
            // near miss: "the troops" denied by a rejection with no place of theirs: whose men is not guessed
            NoPosition(corpus, "in that clash", "first-fire");
        }

        [Fact]
        public void MenAtThePostsNotDeniedTakeNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani captain said soldiers at the border posts had opened fire first to warn the helicopters away.");
            NoPosition(corpus, "had opened fire first to warn", "first-fire");
        }

        [Fact]
        public void InItsWordsIsTheBodyOfTheSentenceBefore()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pakistani army's statement criticises the inquiry on several counts. In its words, the American report is \"factually incorrect\".");
            var c = With(corpus, "In its words").Where(x => x.Question == "findings").ToArray();
            Assert.NotEmpty(c);
            Assert.All(c, x => Assert.Equal(Pk, x.Party));
            // near miss: "its" after a sentence whose subject is a person is nobody's words here
            using var other = new TempFolder();
            var second = Load(other,
                "A retired Pakistani general wrote a long column this week. In its words, the American inquiry is \"factually incorrect\".");
            Assert.DoesNotContain(second.Claims, x => x.Text.StartsWith("In its words", StringComparison.Ordinal) && x.Rule == "InOwnView");
        }
    }
}
