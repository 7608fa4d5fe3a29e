using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// party138: a manifest party named for a country is named too by that country's capital and other seats of government
    /// or command in countries.txt ("Rawalpindi" for Pakistan's army), as a party the country table gave already is: a clause
    /// whose subject is such a seat reports that side's stance, not the speaker's. Sentences of the tests' own.
    /// </summary>
    public class SeatOfPowerTermTests
    {
        private const string Manifest = AccountTestCorpus.PakistanAndUnitedStates + @"  - name: Observers
    others: true
questions:
  - id: findings
    text: Are the inquiry's findings sound?
    positions:
      - label: Findings are wrong
        cues: [reject, rejected]
      - label: Findings are sound
        cues: [endorse, endorsed]
";

        [Fact]
        public void ACountrysSeatNamesTheManifestPartyOfThatCountry()
        {
            var index = new PartyIndex(new[]
            {
                new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Islamabad" }),
                new PartyDefinition("Observers", aliases: new[] { "analysts" }),
            });
            var m = index.Mentions("By evening Rawalpindi had made up its mind.");
            Assert.Equal("Pakistan", Assert.Single(m).Party.Name);
            // a seat of a country no party is named for names none
            Assert.Empty(index.Mentions("By evening Kabul had made up its mind."));
        }

        [Fact]
        public void ASeatAnotherPartyListsStaysWithThatParty()
        {
            // the manifest's own term wins: a seat it gives another party is not taken back by the country's table
            var index = new PartyIndex(new[]
            {
                new PartyDefinition("Pakistan", aliases: new[] { "Pakistan" }),
                new PartyDefinition("Army", aliases: new[] { "Rawalpindi" }),
            });
            Assert.Equal("Army", Assert.Single(index.Mentions("Rawalpindi had made up its mind.")).Party.Name);
        }

        [Fact]
        public void ASeatAsTheSubjectInAnOthersAnswerIsThatSidesStanceNotTheSpeakers()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "We spoke to Brigadier (retd) Omar Farooq Lodhi, who now teaches history, about the inquiry.",
                "Q: Will the inquiry settle the matter?",
                "A: No. The generals kept away from it, so whatever the inquiry finds, Rawalpindi will reject it.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Findings are wrong" && c.Party != "Pakistan");
        }
    }
}
