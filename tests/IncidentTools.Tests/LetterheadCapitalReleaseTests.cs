using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A press release printed under a letterhead whose place line is a country's capital alone ("SANTIAGO" above "PRESS
    /// RELEASE") speaks for that country when its issuer has no side of its own; a city that is no capital gives none, and an
    /// issuer with a side keeps it.
    /// </summary>
    public class LetterheadCapitalReleaseTests
    {
        private static string Release(string place, string office) =>
            "HARBOUR BOARD\n\n" + place + "\n\nPRESS RELEASE\n\n" +
            "The board has studied the reports of the night of the shelling. The shelling at the pass was deliberate and must be investigated.\n\n" +
            "The board will publish its own findings next month.\n\n" + office + "\n";

        private static IncidentCorpus Load(TempFolder folder, string text) =>
            AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, ("release.txt", text));

        [Fact]
        public void AReleaseUnderACapitalsLetterheadSpeaksForItsCountry()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, Release("SANTIAGO", "Harbour Board Press Office"));
            var own = corpus.Claims.Where(c => c.Rule == "PressRelease").ToList();
            Assert.NotEmpty(own);
            Assert.All(own, c => Assert.Equal("Chile", c.Party));
        }

        [Fact]
        public void ACityThatIsNoCapitalGivesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, Release("KARACHI", "Harbour Board Press Office"));
            var own = corpus.Claims.Where(c => c.Rule == "PressRelease").ToList();
            Assert.NotEmpty(own);
            Assert.All(own, c => Assert.Null(c.Party));
        }

        [Fact]
        public void AnIssuerWithASideKeepsIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, Release("SANTIAGO", "Southern Guard Press Office"));
            var own = corpus.Claims.Where(c => c.Rule == "PressRelease").ToList();
            Assert.NotEmpty(own);
            Assert.All(own, c => Assert.Equal("Southland", c.Party));
        }
    }
}
