using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A verb of holding to a thing that is no reporting verb ("stands by", "stood behind", "upheld"), whose named subject is of
    /// another side than the speaker's, is that side's stance: the speaker who reports it ("Analysts said the Northern army
    /// stands by the findings") takes no position from it. The speaker's own side as the subject, or a pronoun ("she stands by
    /// the findings"), keeps the position the speaker's. Texts of the tests' own (accounts-stance.txt stance-verb).
    /// </summary>
    public class ClaimStanceVerbOfOthersTests
    {
        private const string Manifest = AccountTestCorpus.PartiesWithObservers + @"questions:
  - id: findings
    text: Are the inquiry's findings right?
    positions:
      - label: Findings are right
        cues: [""stand* by * findings"", ""stood by * findings"", ""stood * behind * findings"", ""upheld * findings""]
      - label: Findings are wrong
        cues: [""reject* * findings""]
";

        [Theory]
        [InlineData("Analysts said the Northern army stands by the findings of the inquiry.")]
        [InlineData("Analysts said Northland has stood by its findings for a year.")]
        [InlineData("Omar Diaz said the Northern army stood by the findings.")]
        [InlineData("Omar Diaz said Northland stood behind the findings.")]
        [InlineData("Omar Diaz said the Northern government upheld the findings.")]
        public void AnotherSidesStanceGivesTheSpeakerNoPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            // the speaker takes none; "stands by" / "stood behind" before a noun phrase are cues of their own (accounts118), so the
            // subject's stance may be its own claim, of its own side
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings" && c.Position != null && c.Party != "Northland");
            Assert.DoesNotContain(corpus.Claims, c => (c.Source == "Analysts" || c.Source == "Omar Diaz") && c.Position != null);
        }

        [Theory]
        // the speaker's own side as the subject
        [InlineData("Anna Berg said Northland stands by the findings of the inquiry.")]
        [InlineData("Anna Berg said the Northern army stood by the findings.")]
        // a pronoun: most often the speaker
        [InlineData("Anna Berg said she stands by the findings.")]
        public void TheSpeakersOwnStanceStaysItsPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "findings");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Findings are right", berg.Position);
        }
    }
}
