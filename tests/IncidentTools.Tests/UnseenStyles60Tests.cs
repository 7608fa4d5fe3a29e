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
    

        [Fact]
        public void NoSuchActWillGoUnansweredCallsTheActWhatTheCueSays()
        {
            // "no such act of aggression will go unanswered": a warning of acts to come; the act was one of aggression
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AggressionQuestion,
                "The Southern Guard said in a statement that no such act of aggression will go unanswered in future.");
            var guard = corpus.Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Southland", guard.Party);
            Assert.Equal("Deliberate", guard.Position);
            Assert.False(guard.Negated);
        }

        [Fact]
        public void NoSuchActWithNoModalOfTheFutureIsStillDenied()
        {
            // the near miss: "there had been no such act of aggression" denies the act, as before
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AggressionQuestion,
                "The Southern Guard said in a statement that there had been no such act of aggression on the border.");
            var guard = corpus.Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Not deliberate", guard.Position);
            Assert.True(guard.Negated);
        }
    

        [Fact]
        public void HeAfterADescribedSpeakerInTheSentenceBeforeIsThatSpeaker()
        {
            // "“…,” he said" of a farmer two paragraphs up; then "The Southern sector commander, who spoke to the villagers,
            // said …. He said …": the "he" that opens the next sentence is the commander who just spoke, not the farmer
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Ivo Lind, a farmer, said the night had been quiet. \"We heard nothing until the guns,\" he said.",
                "The villagers gathered at the school on Friday.",
                "The Southern sector commander, who spoke to the villagers, said the posts had stood there for years. He said the shelling was deliberate.");
            var he = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Southern sector commander", he.Speaker);
            Assert.Equal("Southland", he.Party);
        }

        [Fact]
        public void HeAfterADescribedSpeakerOfAnEarlierParagraphKeepsTheChain()
        {
            // the near miss: the commander spoke a paragraph before; the "he" of a new paragraph keeps the chain, as before
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Ivo Lind, a farmer, said the night had been quiet. \"We heard nothing until the guns,\" he said.",
                "The Southern sector commander, who spoke to the villagers, said the posts had stood there for years.",
                "He said the shelling was deliberate.");
            var he = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Ivo Lind", he.Speaker);
        }
    

        [Fact]
        public void HeAfterADefiniteDescriptionRightAfterTheKnownPersonsParagraphKeepsTheChain()
        {
            // the near miss: "Ivo Lind says …. ¶ The Southern commander noted …. He said …": the description may be Lind again
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Ivo Lind says the night had been quiet. \"We heard nothing until the guns,\" he said.",
                "The Southern commander noted that the posts had stood there for years. He said the shelling was deliberate.");
            var he = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Ivo Lind", he.Speaker);
        }
    }
}
