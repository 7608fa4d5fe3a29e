using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The flooding in Oslo showed that …": a noun phrase whose head the lexicon does not list, then a prepositional phrase.
    /// The noun before the preposition heads the phrase; the preposition's object (a place) only describes it and
    /// is never the speaker (a capital as speaker would be read as its government). Sentences of the tests' own, no manifest.
    /// </summary>
    public class HeadBeforePrepositionTests
    {
        private static IncidentClaim Claim(string sentence, string content)
        {
            using var folder = new TempFolder();
            folder.Write("story.txt", "Ferry talks stall\n\nCOPENHAGEN -- The ferry talks stalled on Monday. " + sentence + "\n");
            return IncidentCorpus.Load(folder.Path).Claims.Single(c => c.Content == content);
        }

        [Theory]
        [InlineData("The flooding in Oslo showed that the harbour walls were too low.", "flooding in Oslo")]
        [InlineData("The Acme Museum in Oslo said that the harbour walls were too low.", "Acme Museum")]
        public void TheNounBeforeThePrepositionHeadsThePhrase(string sentence, string speaker)
        {
            var claim = Claim(sentence, "the harbour walls were too low");
            Assert.Equal(speaker, claim.Speaker);
            Assert.NotEqual("Norway", claim.Party);
        }

        [Fact]
        public void AnAgentsPhraseIsNotReadAsTheNounsDescription()
        {
            // near miss: "by" names who speaks through the noun; the study is not the speaker
            var claim = Claim("A 2019 study by a harbour engineer at Bergen found that the harbour walls were too low.", "the harbour walls were too low");
            Assert.Equal("harbour engineer at Bergen", claim.Speaker);
        }

        [Fact]
        public void ANameThatEndsThePhraseIsTheSpeakers()
        {
            // near miss: the name after the phrase is the speaker's own, in apposition
            var claim = Claim("The former emissary to Stockholm Ingrid Halvorsen said that the harbour walls were too low.", "the harbour walls were too low");
            Assert.Equal("Halvorsen", claim.Speaker);
        }

        [Fact]
        public void ACoordinationIsNoPrepositionalPhrase()
        {
            // near miss: "and" joins two nouns; neither is a phrase describing the other
            var claim = Claim("Likely, my brother and I understood that the harbour walls were too low.", "the harbour walls were too low");
            Assert.Equal("my brother and I", claim.Speaker);
        }
    }
}
