using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A bare description ("officials", "the ministry") in a sentence that opens with a place of one side ("In Southland,")
    /// speaks for that place's side, not for the side of the speaker before it (texts of the tests' own).
    /// </summary>
    public class ClaimOpeningPlaceTests
    {
        private static IncidentClaim Claim(IncidentCorpus corpus, string source, string content) =>
            corpus.Claims.Single(c => c.Source == source && c.Content.StartsWith(content, StringComparison.Ordinal));

        [Fact]
        public void OfficialsAfterAPlaceOfOneSideSpeakForIt()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army said on Monday that the shelling was deliberate.",
                "The army has repeated that the shelling was deliberate. In Southland, officials say the shelling was an accident.");
            var officials = Claim(corpus, "officials", "the shelling was an accident");
            Assert.Equal("Southland", officials.Party);
            Assert.Equal("Not deliberate", officials.Position);
            // the sentence before is still the army's, of its side
            Assert.Equal("Northland", Claim(corpus, "The army", "the shelling was deliberate").Party);
        }

        [Fact]
        public void AnOpeningPhraseThatNamesNoPlaceGivesNoSide()
        {
            // the near miss: "In response to Southern claims" names the other side's claims, not where the officials are
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army said on Monday that the shelling was an accident.",
                "In response to Southern claims, officials said the shelling was an accident.");
            Assert.NotEqual("Southland", Claim(corpus, "officials", "the shelling was an accident").Party);
        }
    }
}
