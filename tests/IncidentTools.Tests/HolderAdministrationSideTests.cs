using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "A senior Obama administration official", "a Bush administration aide": an administration named by a U.S. president's
    /// surname (executive-words.txt 'holder') is the U.S. executive, in any text, as the bare "administration official" is in a
    /// text that names the United States; also where "the official" later speaks for the phrase that brought the official in,
    /// whatever side the paragraph before named. Another leader's administration stays unplaced. Sentences of the tests' own.
    /// </summary>
    public class HolderAdministrationSideTests
    {
        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.First(c => c.Content.Contains(content, StringComparison.Ordinal));

        [Fact]
        public void TheOfficialOfAPresidentsAdministrationBroughtInBeforeSpeaksForTheUnitedStates()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "SEOUL, March 3 (Wire) - The prime minister said Pakistan wanted a relationship \"based on equal terms\" with its partners.",
                "A senior Bush administration official has been talking to the travelling press. Asked about the border, the official said the " +
                "president had already spoken to the families and \"will wait for the vote\".");
            var official = Claim(corpus, "will wait for the vote");
            Assert.Equal("senior Bush administration official", official.Speaker);
            Assert.Equal("United States", official.Party);
        }

        [Fact]
        public void APresidentsAdministrationAsTheSpeakerIsTheUnitedStatesInATextThatNeverNamesIt()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "PESHAWAR, March 3 (Wire) - Trucks were stopped at the crossing for a third week.",
                "A Clinton administration aide said the convoys would \"wait as long as it takes\".");
            Assert.Equal("United States", Claim(corpus, "wait as long as it takes").Party);
        }

        [Fact]
        public void AnotherLeadersAdministrationBroughtInBeforeIsNotTheUnitedStates()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "KABUL, March 3 (Wire) - Trucks were stopped at the crossing for a third week.",
                "A senior Karzai administration official has been talking to reporters. The official said the convoys would \"wait as long as it takes\".");
            Assert.NotEqual("United States", Claim(corpus, "wait as long as it takes").Party);
        }
    }
}
