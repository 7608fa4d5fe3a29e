using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A transcript's host introduces a guest with an office a country's possessive opens, set off before the name ("With me
    /// is Chile's ambassador in Lima, Rodrigo Vargas Soto."): the label of that name ("RODRIGO VARGAS SOTO:", then "SOTO:")
    /// takes that office and the country's side. Sentences of the tests' own.
    /// </summary>
    public class TranscriptIntroducedRoleTests
    {
        private const string Manifest = @"
parties:
  - name: Chile
    aliases: [Chile, Chilean]
  - name: Peru
    aliases: [Peru, Peruvian]
";

        private static readonly string[] Transcript =
        {
            "HOST (MARY COLE): Good evening. Two navy patrol boats collided in the bay last night. With me in the studio is Chile's ambassador in Lima, Rodrigo Vargas Soto. Ambassador, what happened?",
            "RODRIGO VARGAS SOTO: Our boat was in our own waters. The crew followed the chart.",
            "COLE: Peru says your boat crossed the line.",
            "SOTO: That is not true. Our crew followed the chart all night.",
            "COLE: Ambassador, thank you.",
        };

        [Fact]
        public void ALabelTakesTheOfficeTheHostIntroducedItsNameWith()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, Transcript);
            var lines = corpus.Claims.Where(c => c.Speaker == "Rodrigo Vargas Soto" && c.Rule == "SpeakerLabel").ToList();
            Assert.Equal(2, lines.Count);
            Assert.All(lines, c => Assert.Equal("Chile", c.Party));
            Assert.Equal("Chile's ambassador in Lima", lines[0].Role);
        }

        [Fact]
        public void AnOfficeOfNoCountryGivesTheLabelNoSide()
        {
            // the near miss: the possessive is a company's, not a country's
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, Transcript.Select(t => t.Replace("Chile's ambassador in Lima", "the shipyard's spokesman")).ToArray());
            var line = corpus.Claims.First(c => c.Speaker == "Rodrigo Vargas Soto" && c.Rule == "SpeakerLabel");
            Assert.Null(line.Party);
        }
    }
}
