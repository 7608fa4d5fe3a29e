using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A country's political party in brackets right after a full name ("Guests: Senator Jo Bell (PML-N); …") is the
    /// politician's, whose side is the country's, as "PML-N leader Jo Bell" is; a transcript's label of that name speaks for it.
    /// Sentences of the tests' own.
    /// </summary>
    public class BracketedPoliticalPartyTests
    {
        [Fact]
        public void APoliticalPartyInBracketsAfterAGuestsNameGivesTheLabelItsCountrysSide()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Guests: Senator Farida Noon Baloch (PML-N); Dr Karl Otto Senn, a historian",
                "HOST: Senator, what does your party make of the report?",
                "SENATOR BALOCH: We reject its findings. Our soldiers at the posts did not fire first.");
            var baloch = corpus.Claims.First(c => c.Speaker == "Farida Noon Baloch" && c.Rule == "SpeakerLabel");
            Assert.Equal("Pakistan", baloch.Party);
        }

        [Fact]
        public void AnotherWordInBracketsGivesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Guests: Senator Farida Noon Baloch (retired); Dr Karl Otto Senn, a historian",
                "HOST: Senator, what does your party make of the report?",
                "SENATOR BALOCH: We reject its findings. Our soldiers at the posts did not fire first.");
            var baloch = corpus.Claims.First(c => c.Speaker == "Farida Noon Baloch" && c.Rule == "SpeakerLabel");
            Assert.Null(baloch.Party);
        }
    }
}
