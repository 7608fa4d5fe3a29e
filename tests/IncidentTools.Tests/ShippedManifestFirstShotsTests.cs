using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues added at stop 67, again found by writing each position in other words of news English:
    /// "the first shots" in the plural and by where they came from, the side's men not provoking the attack (named by "the"),
    /// responding "only when" hit, posts "attacked without warning"; findings "full of
    /// inaccuracies", a report that "contained errors" or was "an attempt to shift the blame", conclusions "not supported by the
    /// evidence", an inquiry that "got it right"; the attackers who "knew what they were attacking" or did not. Sentences of
    /// the tests' own; the negative cases show the words do not reach other senses.
    /// </summary>
    public class ShippedManifestFirstShotsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position) =>
            ShippedManifestMoreFormsTests.Takes(corpus, content, party, question, position);

        [Fact]
        public void TheFirstShotsInThePluralAndByWhereTheyCameFromNameTheSideThatFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said the Pakistani posts had fired the first shots.",
                "A Pakistani major said the first shots came from the American gunships.",
                "A U.S. captain said the first shots that night were fired by the Pakistani border posts.");
            Takes(corpus, "the Pakistani posts had fired", "United States", "first-fire", "Pakistani side fired first");
            Takes(corpus, "the first shots came", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the first shots that night", "United States", "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void TheSidesMenNotProvokingTheAttackOrAttackedWithoutWarningIsTheOtherSideFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said the soldiers did not provoke the attack in any way.",
                "A Pakistani brigadier said the two posts were attacked without any warning.",
                "A Pakistani general said his men responded only when they were hit.");
            Takes(corpus, "the soldiers did not provoke", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the two posts were attacked", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "his men responded only when", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AReportOfErrorsOrOfBlameShiftedIsWrongAndOneThatGotItRightIsAccurate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the American report was full of inaccuracies.",
                "A Pakistani colonel said the report contained serious errors of fact.",
                "A Pakistani brigadier said the report was simply an attempt to shift the blame.",
                "A Pakistani minister said the conclusions of the inquiry were not supported by the evidence.",
                "A U.S. colonel said he was sure the investigation had got it right.");
            Takes(corpus, "the American report was full", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the report contained serious", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the report was simply", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the conclusions of the inquiry", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "he was sure the investigation", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void AttackersWhoKnewWhatTheyWereAttackingOrDidNotTakeTheDeliberatePositions()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the crews knew exactly what they were targeting.",
                "A U.S. colonel said the crews did not know they were firing at soldiers of an ally.");
            Takes(corpus, "the crews knew exactly", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "the crews did not know", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void TheSameWordsInOtherSensesTakeNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani senator said an inquiry which claims our soldiers provoked the attack cannot be trusted.",
                "A Pakistani minister said the first shots of the election campaign came from the opposition.",
                "A Pakistani colonel said the students knew what they were doing.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "first-fire" || c.Question == "deliberate");
        }
    }
}
