using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// accounts138: two ways a speaker tells another side's word without holding it. A sentence that lists what a thing was
    /// called in turn ("First it was …, then it was …": accounts-stance.txt version-first, version-next) recounts a story that
    /// changed, so its cues take no position; and a report whose named subject is of another side stays that side's when an
    /// aside between commas stands between the subject and the verb ("Southland had, for its part, said that …") or the verb
    /// is one of passing word on ("conveyed that …", accounts-stance.txt passing-verb, no cue of the attribution rules). Texts
    /// of the tests' own.
    /// </summary>
    public class ClaimRecountedStoryTests
    {
        private const string Findings = AccountTestCorpus.PartiesWithObservers + @"questions:
  - id: findings
    text: Are the inquiry's findings right?
    positions:
      - label: Findings are right
        cues: [""stood by * findings""]
      - label: Findings are wrong
        cues: [""reject* * findings""]
";

        private static string? Deliberate(TempFolder folder, string sentence) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence)
                .Claims.FirstOrDefault(c => c.Source == "Anna Berg" && c.Question == "deliberate")?.Position;

        [Theory]
        [InlineData("\"Their version keeps moving. First it was an accident, then it was a drill gone wrong, then it was nobody's fault,\" Anna Berg said.")]
        [InlineData("\"At first it was an accident, later it was a faulty map,\" Anna Berg said.")]
        [InlineData("\"Initially they were firing by mistake, then they were answering our fire,\" Anna Berg said.")]
        public void ASuccessionOfTellingsTakesNoPosition(string sentence)
        {
            using var folder = new TempFolder();
            Assert.Null(Deliberate(folder, sentence));
        }

        [Theory]
        // one telling, or a later clause that is no telling of the same thing, is still said
        [InlineData("\"First it was an accident, and the gunners said so at once,\" Anna Berg said.")]
        [InlineData("\"First it was an accident, then the gunners fired again,\" Anna Berg said.")]
        [InlineData("\"It was an accident, then it was over,\" Anna Berg said.")]
        public void OneTellingIsStillSaid(string sentence)
        {
            using var folder = new TempFolder();
            Assert.Equal("Not deliberate", Deliberate(folder, sentence));
        }

        [Theory]
        [InlineData("Anna Berg told the committee that Southland had, for its part, conveyed through envoys that it stood by the findings.")]
        [InlineData("Anna Berg told the committee that the Southern army, in turn, had said that it stood by the findings.")]
        // a verb of passing word on (accounts-stance.txt passing-verb), no cue of the rules, reports its subject's word the same
        [InlineData("Anna Berg told the committee that Southland had conveyed through envoys that it stood by the findings.")]
        [InlineData("Anna Berg told the committee that the Southern army had relayed through envoys that it stood by the findings.")]
        public void AnotherSidesReportAcrossAnAsideIsThatSides(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Findings, sentence);
            Assert.DoesNotContain(corpus.Claims, c => c.Source == "Anna Berg" && c.Position != null);
        }

        [Theory]
        // the speaker's own side as the subject, across the same aside
        [InlineData("Anna Berg told the committee that Northland had, for its part, conveyed through envoys that it stood by the findings.")]
        // a passive of passing word on: no subject of its own that reports
        [InlineData("Anna Berg said a note was conveyed to the envoys and that Northland stood by the findings.")]
        public void TheSpeakersOwnSideAcrossAnAsideKeepsThePosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Findings, sentence);
            Assert.Contains(corpus.Claims, c => c.Source == "Anna Berg" && c.Position == "Findings are right");
        }
    }
}
