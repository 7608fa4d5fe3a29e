using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Frames that report a side's words, left by own sets 69-71 (accounts112), each on text written for these tests: the
    /// perfect infinitive after a participle of hearsay ("is understood to have told … that", "are learnt to have told",
    /// "is believed to have said", "was reported by agencies to have said") and "In the American account, …" (a country's word before the noun of one's telling); each with its near miss.
    /// </summary>
    public class ReportedFrameTests
    {
        // two sides named by real countries' words, so that a country's adjective ("Norwegian") is read as the country tables read it
        private const string Parties = @"
parties:
  - name: Northland
    aliases: [Northland, Norway, Norwegian]
    organisations: [Norwegian Army]
  - name: Southland
    aliases: [Southland, Sweden, Swedish]
";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, Parties + AccountTestCorpus.Questions, paragraphs);

        private static IncidentClaim FirstShot(IncidentCorpus corpus) => Assert.Single(corpus.Claims, c => c.Question == "first-shot");

        [Theory]
        [InlineData("The Norwegian commander is understood to have told the ministers that the shelling had been deliberate.", "told")]
        [InlineData("Norwegian officers are learnt to have told the cabinet that the shelling had been deliberate.", "told")]
        [InlineData("The Norwegian minister is believed to have said that the shelling had been deliberate.", "said")]
        // the agent that carried the words stands between the participle and its "to": the subject's words still, not the agent's
        [InlineData("A Norwegian official was reported by foreign agencies to have said that the shelling had been deliberate.", "said")]
        public void AHearsayFrameReportsItsSubjectsWords(string sentence, string cue)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = Assert.Single(corpus.Claims, c => c.Question == "deliberate");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
            Assert.Equal(cue, claim.Cue);
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "PassiveBy");
        }

        [Theory]
        // near misses: the perfect infinitive of a verb that reports nothing, and one after a verb that is no participle of hearsay
        [InlineData("The Norwegian commander is understood to have left the base before the shelling.")]
        [InlineData("Shelling in the valley appears to have declined since March.")]
        public void APerfectInfinitiveWithNoHearsayOrNoWordsIsNoFrame(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            Assert.DoesNotContain(corpus.Claims, c => c.Cue == "left" || c.Cue == "declined");
        }

        [Theory]
        [InlineData("In the Norwegian account, the Swedish patrol fired first.", "Northland", "Southland fired first")]
        [InlineData("In the Swedish version, the Norwegian posts fired first.", "Southland", "Northland fired first")]
        public void InACountrysAccountIsThatCountrysClaim(string sentence, string party, string position)
        {
            using var folder = new TempFolder();
            var claim = FirstShot(Load(folder, "Both armies have published their reports. " + sentence));
            Assert.Equal("InOwnView", claim.Rule);
            Assert.Equal(party, claim.Party);
            Assert.Equal(position, claim.Position);
        }

        [Fact]
        public void InTheOfficialAccountHasNoOwner()
        {
            // the near miss: a word that names no country before the noun of one's telling
            using var folder = new TempFolder();
            var corpus = Load(folder, "Both armies have published their reports. In the official account, the Swedish patrol fired first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "InOwnView");
        }
    }
}
