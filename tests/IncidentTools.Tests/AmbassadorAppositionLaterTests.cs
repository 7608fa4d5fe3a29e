using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Chile's ambassador to Peru, Rodrigo Soto, resigned …" then "Soto wrote …": the office a country's possessive gives the
    /// name where it is introduced, in a sentence that reports nothing, gives that country's side to the name's later mentions
    /// (the sending country, not the host "to Peru"); a name introduced with no country's office takes none.
    /// </summary>
    public class AmbassadorAppositionLaterTests
    {
        [Fact]
        public void TheSendingCountrysOfficeCarriesToTheSurnameLater()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "Chile's ambassador to Peru, Rodrigo Soto, resigned on Monday after a row over a letter.",
                "Soto wrote that the shelling at the pass had been deliberate.");
            var wrote = corpus.Claims.Single(c => c.Content.StartsWith("the shelling"));
            Assert.Equal("Rodrigo Soto", wrote.Speaker);
            Assert.Equal("Chile", wrote.Party);
        }

        [Fact]
        public void TheBodyTheOfficeIsPostedToGivesNoSide()
        {
            // (the side is the possessive's country, not the manifest body named after "to")
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "Chile's representative to the Southern Guard, Rodrigo Soto, arrived at the pass on Monday.",
                "Soto wrote that the shelling at the pass had been deliberate.");
            Assert.Equal("Chile", corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void ANameIntroducedWithNoCountrysOfficeTakesNoSideLater()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "A writer from Lima, Rodrigo Soto, resigned on Monday after a row over a letter.",
                "Soto wrote that the shelling at the pass had been deliberate.");
            Assert.NotEqual("Chile", corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }
    }
}
