using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General patterns of English news that the own Salala set 60 (accounts68) showed missing, each on sentences of the
    /// tests' own: a bare institution after a side's named spokesman is that side's; "no such" before a cue and a modal of
    /// the future warns of acts to come and denies none.
    /// </summary>
    public class UnseenStyles60Tests
    {
        private const string AggressionQuestion = @"
questions:
  - id: deliberate
    text: Was the shelling deliberate?
    positions:
      - label: Deliberate
        cues: [act of aggression, deliberate]
      - label: Not deliberate
        cues: [accident, by mistake]
";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("The Southern military spokesman, Colonel Ivo Lind, would not comment at first.")]
        [InlineData("Southland's military spokesman, Major General Ivo Lind, would not rule it out at first.")]
        public void ABareInstitutionAfterASidesNamedSpokesmanIsThatSides(string spokesman)
        {
            // "The Interior Ministry said … / Southland's military spokesman, Colonel Ivo Lind, … The army later said …": the
            // spokesman of the Southern military, named (in his role or his title), speaks for his side as an unnamed one
            // does; the army is his side's, not the side of the body that spoke a paragraph before
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                spokesman + " The army later said the shelling was deliberate.");
            var army = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("army", army.Speaker);
            Assert.Equal("Southland", army.Party);
            Assert.Equal("Deliberate", army.Position);
        }

        [Fact]
        public void ABareInstitutionAfterANamedPersonOfASideWhoIsNoSpokesmanIsStillTheSideNamedBefore()
        {
            // the near miss: a Southern farmer speaks for no body; "the army" is the side of the body that spoke before, as it was
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                "A Southern farmer, Ivo Lind, would not comment at first. The army later said the shelling was deliberate.");
            var army = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Northland", army.Party);
        }
    }
}
