using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A position cue that a stance noun opens, owned by a possessive that names no one of the speaker's side ("the army's
    /// rejection of the findings"), is the owner's stance: the speaker, who says something about it ("made talks unlikely"),
    /// takes no position. An owner of the speaker's own side, or a pronoun's possessive, keeps the cue the speaker's. Texts of
    /// the tests' own (accounts-stance.txt stance-noun).
    /// </summary>
    public class ClaimOwnedStanceNounTests
    {
        private const string Manifest = AccountTestCorpus.PartiesWithObservers + @"questions:
  - id: findings
    text: Are the inquiry's findings right?
    positions:
      - label: Findings are right
        cues: [""accept* * findings""]
      - label: Findings are wrong
        cues: [""reject* * findings""]
";

        [Theory]
        [InlineData("Analysts said the army's rejection of the findings made an early settlement unlikely.")]
        [InlineData("Analysts said the Northern army's detailed rejection of the findings made an early settlement unlikely.")]
        [InlineData("Omar Diaz said the army's rejection of the findings would delay the talks.")]
        [InlineData("Omar Diaz said Northland's acceptance of the findings would speed the talks.")]
        public void AStanceNounOwnedByAnotherGivesTheSpeakerNoPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings" && c.Position != null);
        }

        [Theory]
        // near misses: the owner names the speaker's own side; a pronoun's possessive is most often the speaker's own
        [InlineData("Anna Berg said Northland's rejection of the findings was final.")]
        [InlineData("Anna Berg said its rejection of the findings was final.")]
        // the verb, not the noun: the speaker's own stance
        [InlineData("Anna Berg said Northland rejected the findings.")]
        public void TheSpeakersOwnSidesStanceStaysItsPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "findings");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Findings are wrong", berg.Position);
        }
    }
}
