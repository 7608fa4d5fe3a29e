using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// accounts71: sides that the speaker's own words do not write, read from elsewhere in the text. A local description
    /// with a city of one country stays local when an aside of speaking follows it ("An army officer in Basra, speaking on
    /// condition of anonymity, said"); a minister of no country, in a text with no dateline, serves the one country whose
    /// cabinet the text names; a bare "the investigation" is the investigation the text named before with its side, as an
    /// object too ("the investigation ordered by the Northern Army"); a country's name joined into, or written beside, a
    /// name whose parts hyphens and a short link join ("the Difa-e-Northland Council") is that name's, not the state's.
    /// Sentences of the tests' own.
    /// </summary>
    public class SidesNamedElsewhereTests
    {
        private static IncidentCorpus LoadPlain(TempFolder folder, string text)
        {
            folder.Write("article.txt", text);
            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.DoesNotContain(corpus.Problems, p => !p.IsWarning);
            return corpus;
        }

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("An army officer in Basra, speaking on condition of anonymity, said the troops had left the bridge.")]
        [InlineData("A police officer in Basra, speaking to our correspondent by telephone, said the troops had left the bridge.")]
        public void ALocalDescriptionWithACityKeepsItsCountryPastAnAsideOfSpeaking(string sentence)
        {
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, "Bridge reopens\n\nTraffic crossed the river again on Monday.\n\n" + sentence + "\n")
                .Claims.Single(c => c.Content.StartsWith("the troops", System.StringComparison.Ordinal));
            Assert.Equal("Iraq", claim.Party);
        }

        [Fact]
        public void AnApppositionThatSaysWhoTheSpeakerIsStillNamesNoCitysSide()
        {
            // the near miss: an apposition of another kind ("a Western diplomat") says who speaks, not how
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, "Bridge reopens\n\nTraffic crossed the river again on Monday.\n\n" +
                "An official in Basra, a Western diplomat, said the troops had left the bridge.\n")
                .Claims.Single(c => c.Content.StartsWith("the troops", System.StringComparison.Ordinal));
            Assert.NotEqual("Iraq", claim.Party);
        }

        private const string Minister = "Information Minister Jo Bell told reporters outside the assembly that the talks would go on.";

        [Theory]
        [InlineData("Kenya's cabinet met for four hours on Tuesday and agreed to reopen the road.")]
        [InlineData("The Defence Committee of the Cabinet of Kenya met on Tuesday and agreed to reopen the road.")]
        [InlineData("Reports say the Kenyan cabinet has agreed to reopen the road.")]
        public void AMinisterOfNoCountryServesTheOneCountryWhoseCabinetTheTextNames(string cabinet)
        {
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, "Live: the road reopens\n\n7.40 pm\n" + cabinet + "\n\n8.30 pm\n" + Minister + "\n")
                .Claims.Single(c => c.Content.StartsWith("the talks", System.StringComparison.Ordinal));
            Assert.Equal("Jo Bell", claim.Speaker);
            Assert.Equal("Kenya", claim.Party);
        }

        [Theory]
        // cabinets of two countries, or none: no side
        [InlineData("Kenya's cabinet and the Ugandan cabinet met on Tuesday and agreed to reopen the road.")]
        [InlineData("Officials met for four hours on Tuesday and agreed to reopen the road.")]
        public void AMinisterOfNoCountryGetsNoSideWithoutOneCountrysCabinet(string opening)
        {
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, "Live: the road reopens\n\n7.40 pm\n" + opening + "\n\n8.30 pm\n" + Minister + "\n")
                .Claims.Single(c => c.Content.StartsWith("the talks", System.StringComparison.Ordinal));
            Assert.Equal("Jo Bell", claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Fact]
        public void AMinisterInASentenceAboutAnotherCountryGetsNoSideFromTheCabinet()
        {
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, "Live: the road reopens\n\n7.40 pm\nKenya's cabinet met for four hours on Tuesday.\n\n8.30 pm\n" +
                "In Uganda, Information Minister Jo Bell told reporters that the talks would go on.\n")
                .Claims.Single(c => c.Content.StartsWith("the talks", System.StringComparison.Ordinal));
            Assert.NotEqual("Kenya", claim.Party);
        }

        [Theory]
        [InlineData("The Southern Guard was briefed on the investigation ordered by the Northern Army into the clash.")]
        [InlineData("The investigation was led by Col. Ruth Amari of the Northern Army.")]
        [InlineData("Southerners doubt the Northern investigation.")]
        public void TheBareInvestigationIsTheOneNamedBeforeWithItsSide(string before)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, before, "The commission met on Friday.", "The investigation found that the shelling was an accident.")
                .Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void InvestigationsOfTwoSidesLeaveTheBareInvestigationUnread()
        {
            using var folder = new TempFolder();
            var claim = Load(folder, "Villagers doubt the Southern investigation, and traders doubt the Northern investigation.",
                    "The investigation found that the shelling was an accident.")
                .Claims.Single(c => c.Content.StartsWith("the shelling", System.StringComparison.Ordinal));
            Assert.Null(claim.Party);
        }

        [Theory]
        [InlineData("The Difa-e-Northland Council said the shelling was deliberate.")]
        [InlineData("A spokesman for the Northland Tehreek-e-Insaf said the shelling was deliberate.")]
        public void ACountrysNameInANameJoinedByHyphensIsNotTheSide(string sentence)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, "Crowds gathered in the capital.", sentence).Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Null(claim.Party);
        }

        [Fact]
        public void ACountrysNameBesideAJoinedNameOfTheTextIsNotTheState()
        {
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, "Attack on the base\n\nThe Tehreek-e-Taliban Kenya said it had carried out the attack.\n")
                .Claims.Single(c => c.Content.StartsWith("it had", System.StringComparison.Ordinal));
            Assert.Null(claim.Party);
        }

        [Theory]
        // the near misses: a name of the side itself, and a compound of two capitalised names
        [InlineData("The Northern Army said the shelling was deliberate.", "Northland")]
        [InlineData("Northland-Southland talks aside, Northland said the shelling was deliberate.", "Northland")]
        public void ASidesOwnNameStillGivesItsSide(string sentence, string party)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, sentence).Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal(party, claim.Party);
        }

        private const string Harbour = "Harbour reopens\n\nThe district agent, Ruth Amari, and officers of the Coast Guard were present.\n\n" +
            "The boats had waited for a week.\n\n" +
            "Omar Lind, a younger elder, said the boats had waited for a week. \"We cannot wait longer,\" he said.\n\n";

        [Fact]
        public void ADefiniteRoleSetOffBeforeANameIsThatPersonLater()
        {
            // (the one person quoted in between, whose role is no speaker noun, is not the role's)
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, Harbour + "The district agent said the quay would open on Monday.\n")
                .Claims.Single(c => c.Content.StartsWith("the quay", System.StringComparison.Ordinal));
            Assert.Equal("Ruth Amari", claim.Speaker);
        }

        [Fact]
        public void ARoleOfOtherWordsIsNotThePersonSetOffWithTheRole()
        {
            using var folder = new TempFolder();
            var claim = LoadPlain(folder, Harbour + "The port agent said the quay would open on Monday.\n")
                .Claims.Single(c => c.Content.StartsWith("the quay", System.StringComparison.Ordinal));
            Assert.NotEqual("Ruth Amari", claim.Speaker);
        }
    }
}
