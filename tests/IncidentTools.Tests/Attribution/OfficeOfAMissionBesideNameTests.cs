using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix90b: a body's possessive before a capitalised office and a name in apposition ("the Embassy's Press Minister, NAME,
    /// said": the name speaks, the run is the title) and a bare mission whose country the text names after its "of" ("the
    /// Embassy of Pakistan"): the mission's person speaks for that country. Invented texts of the tests' own.
    /// </summary>
    public class OfficeOfAMissionBesideNameTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Fact]
        public void TheEmbassysPressMinisterIsTheNameInApposition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Embassy of Pakistan on Monday gave members of Congress its own account of the floods in the north.",
                "At a briefing, the Embassy's Press Minister, Tariq Mahmood Awan, said that the relief flights had been delayed.",
                "\"Every day of delay costs lives in the valleys,\" he said.");
            var q = corpus.Quotes.Single(x => x.Text.StartsWith("Every day", StringComparison.Ordinal));
            Assert.Equal("Tariq Mahmood Awan", q.Speaker);
            Assert.Equal("Pakistan", q.Party);
        }

        [Fact]
        public void AnEmbassysSpokesmanTakesTheCountryItsOfNames()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Embassy of the United States handed the ministry a note on the delayed visas on Tuesday.",
                "The embassy's spokesman, Daniel Roy Pearce, said the interviews would resume in June.",
                "\"We regret the inconvenience to the families,\" he said.");
            Assert.Equal("United States", corpus.Quotes.Single(x => x.Text.StartsWith("We regret", StringComparison.Ordinal)).Party);
        }
    }
}
