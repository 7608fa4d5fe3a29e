using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "A senior administration official", "Administration officials" with no country written: in news English an official of
    /// the U.S. President's administration (executive-words.txt), in a text that names the United States, even in a story filed
    /// from another country; an administration of a district or an agency, of a named leader, one placed by a complement, or
    /// the same words in a text that never names the United States, is not. Sentences of the tests' own.
    /// </summary>
    public class AdministrationOfficialSideTests
    {
        /// <summary>The shipped manifest with one article of these paragraphs (a headline of its own first).</summary>
        private static IncidentCorpus Load(TempFolder folder, string headline, params string[] paragraphs) =>
            TestManifest.LoadShippedUnder(folder, headline, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal));

        [Fact]
        public void ASeniorAdministrationOfficialInAStoryFiledFromKarachiSpeaksForTheUnitedStates()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "KARACHI, March 3 (Wire) - Trucks left the port on Tuesday after Washington and Islamabad settled their quarrel over the border strike.",
                "A senior administration official, speaking on condition of anonymity, said the American inquiry was thorough.",
                "Administration officials said the talks had taken months.");
            var senior = Claim(corpus, "the American inquiry was thorough");
            Assert.Equal("senior administration official", senior.Speaker);
            Assert.Equal("United States", senior.Party);
            Assert.Equal("United States", Claim(corpus, "the talks had taken months").Party);
        }

        [Theory]
        // a district's administration, an agency's, a named leader's, one placed by a complement
        [InlineData("A senior district administration official said the roads had been closed for the day.")]
        [InlineData("A political administration official said the roads had been closed for the day.")]
        [InlineData("A senior Karzai administration official said the roads had been closed for the day.")]
        [InlineData("An administration official in Bajaur said the roads had been closed for the day.")]
        public void AnAdministrationOfAPlaceOrALeaderIsNotTheUnitedStates(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "PESHAWAR, March 3 (Wire) - Curfew was lifted in the tribal areas on Tuesday, a day after a U.S. drone strike.", sentence);
            Assert.NotEqual("United States", Claim(corpus, "the roads had been closed").Party);
        }

        [Fact]
        public void InATextThatNeverNamesTheUnitedStatesTheOfficialIsPlacedAsAnyOther()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Curfew lifted in Mohmand after Salala border clashes",
                "PESHAWAR, March 3 (Wire) - Curfew was lifted in the tribal areas on Tuesday after a week of clashes.",
                "A senior administration official said the roads had been closed for the day.");
            Assert.NotEqual("United States", Claim(corpus, "the roads had been closed").Party);
        }
    }
}
