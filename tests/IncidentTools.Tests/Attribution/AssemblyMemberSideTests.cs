using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// party135: a member of a legislature named by its initials, "MNA" or "MPA" (office-countries.txt: offices of some countries
    /// only), speaks for the dateline's country where the office exists there, or, with no dateline, for the one of the
    /// office's countries the text names; never as "a former MPA", who left the seat. Invented texts of the tests' own.
    /// </summary>
    public class AssemblyMemberSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Fact]
        public void AnMpaInAStoryFromPakistanSpeaksForPakistan()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "LAHORE, March 4: The United States said on Thursday that the convoy had strayed off its road.",
                "Rana Tariq Mehmood, the MPA from a Sahiwal constituency, said the bridge over the canal had been closed for a month.",
                "\"The farmers cannot take their wheat to the market,\" he said.");
            Assert.Equal("Pakistan", corpus.Quotes.Single(q => q.Text.StartsWith("The farmers", StringComparison.Ordinal)).Party);
        }

        [Fact]
        public void AnMnaWithNoDatelineTakesTheOneNamedCountry()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Floods in Pakistan have cut the main road to the border market.",
                "Sardar Aslam Bhatti, an MNA from the valley, said the road would be rebuilt before winter.",
                "\"We have been promised the money twice already,\" he said.");
            Assert.Equal("Pakistan", corpus.Quotes.Single(q => q.Text.StartsWith("We have been promised", StringComparison.Ordinal)).Party);
        }

        [Fact]
        public void AFormerMpaLeftTheSeat()
        {
            // the near miss: one who left the office speaks for no side by it
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "LAHORE, March 4: The United States said on Thursday that the convoy had strayed off its road.",
                "Rana Tariq Mehmood, a former MPA, said the bridge over the canal had been closed for a month.",
                "\"The farmers cannot take their wheat to the market,\" he said.");
            Assert.Null(corpus.Quotes.Single(q => q.Text.StartsWith("The farmers", StringComparison.Ordinal)).Party);
        }
    }
}
