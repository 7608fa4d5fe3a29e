using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Causes of positions own sets 47-82 missed (stop 74): a side's account named before a colon, the clause after it its words
    /// ("have offered a different version: that …"); the other side's all-clear told to the speaker's own side with "no" before
    /// the side's men and no "that" ("a Pakistani officer, who told them no Pakistani troops were there"). Each with the near miss
    /// it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestColonAccountTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestOwnMenAndFramesTests.Load(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string part, string party, string question, string position) =>
            ShippedManifestOwnMenAndFramesTests.Takes(corpus, part, party, question, position);

        /// <summary>No position on the question for the given side in the claims of the sentence (another side's may stand).</summary>
        private static void NoPosition(IncidentCorpus corpus, string part, string question, string party) =>
            Assert.DoesNotContain(ShippedManifestOwnMenAndFramesTests.With(corpus, part), c => c.Question == question && c.Position != null && c.Party == party);

        [Fact]
        public void ASidesAccountAfterAColonIsItsPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Pentagon officials, speaking on condition of anonymity, have put forward a different version: that the commandos were shot at from the high ground before any aircraft arrived.",
                "Islamabad has never moved from its own account: that the soldiers at the two posts were attacked without provocation.",
                "Pakistani generals dismissed a different version: that the commandos were shot at from the ridge near the posts.");
            Takes(corpus, "have put forward a different version", Us, "first-fire", "Pakistani side fired first");
            Takes(corpus, "never moved from its own account", Pk, "first-fire", "U.S. side fired first");
            // near miss: a version its subject dismisses is not its account (nor read as the other side's words)
            NoPosition(corpus, "dismissed a different version", "first-fire", Us);
        }

        [Fact]
        public void AnAllClearToldToTheSpeakersOwnSideWithNoThat()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "American officers said the raiding party had first checked with a Pakistani major at the border centre, who told them no Pakistani soldiers were on that ridge.",
                "A U.S. spokesman told journalists no Pakistani soldiers were hurt in the second raid that week.");
            Takes(corpus, "who told them no Pakistani soldiers", Us, "coordination", "Coordination failed");
            // near miss: the speaker's own telling to a hearer of no side is its own word, no all-clear it was given
            NoPosition(corpus, "told journalists no Pakistani soldiers", "coordination", Us);
        }
    }
}
