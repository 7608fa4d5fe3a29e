using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of missed positions found on own set 91 (fix91c), each on sentences of the tests' own: the inquiry named
    /// with what it looked into before its verdict ("the investigation into the border incident remains unacceptable"), past the
    /// reach of one gap; the other side's inquiry as one that judged its own men ("the Americans investigated themselves"), said
    /// by the side the findings blame; "initiate fire" as "initiate the firing".
    /// </summary>
    public class Set91PositionCausesTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        [Fact]
        public void TheInquiryNamedWithWhatItLookedIntoIsUnacceptable()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani minister said the U.S. investigation into the border incident \"remains unacceptable\" to his government.",
                "A Pakistani general said the inquiry into the Mohmand strike was not acceptable.");
            Takes(corpus, "the U.S. investigation into the border incident", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "the inquiry into the Mohmand strike was not acceptable", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void TheOtherSidesInquiryThatJudgedItsOwnMenIsWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"The Americans investigated themselves and cleared their own pilots,\" a Pakistani minister said.",
                "\"They have investigated themselves. What did anyone expect?\" a Pakistani colonel asked.");
            Takes(corpus, "cleared their own pilots", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "They have investigated themselves", "Pakistan", "findings", "Findings are wrong");
        }

        /// <summary>Near misses: said by the side whose inquiry it was, or of an inquiry of "itself", no position on the findings.</summary>
        [Fact]
        public void NotSaidByTheInquirysOwnSideNorOfItself()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"Critics say we investigated ourselves, but they investigated themselves too,\" a U.S. colonel said of the strike on the posts.",
                "A Pakistani senator said the army had investigated itself after the strike on the posts.");
            TakesNone(corpus, "they investigated themselves too", "findings");
            TakesNone(corpus, "the army had investigated itself", "findings");
        }

        [Fact]
        public void InitiatingFireIsFiringFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pakistani army maintains that its border posts did not initiate fire on the night of the strike.",
                "A U.S. colonel said Pakistani troops on the ridge initiated fire on the patrol.");
            Takes(corpus, "its border posts did not initiate fire", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "Pakistani troops on the ridge initiated fire", "United States", "first-fire", "Pakistani side fired first");
        }
    }
}
