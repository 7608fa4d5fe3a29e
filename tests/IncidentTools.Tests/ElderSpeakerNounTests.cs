using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "elder" (speaker-nouns.txt, 'anonymous private'): a village's or a tribe's elder is a person who speaks, so "A village
    /// elder in Fenby, Tom Harlow Reed, said" has its subject read (the name set off after the noun and its place), and the
    /// "he said" after it is his, not the spokesman's of the sentence before. Sentences of the tests' own.
    /// </summary>
    public class ElderSpeakerNounTests
    {
        private const string Text =
            "A Northland army spokesman said the patrol had come under fire first. " +
            "A village elder in Fenby, Tom Harlow Reed, said the patrol had fired without warning. " +
            "\"Nobody here had a gun that night,\" he said.";

        [Fact]
        public void TheNameAfterAnElderInAPlaceIsTheSpeaker()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Text);
            var spokesman = corpus.Claims.Single(c => c.Text.Contains("come under fire first"));
            Assert.Contains("spokesman", spokesman.Speaker);
            var elder = corpus.Claims.Single(c => c.Text.Contains("without warning"));
            Assert.Equal("Tom Harlow Reed", elder.Speaker);
            Assert.Null(elder.Party);
            var quoted = corpus.Claims.Single(c => c.Text.Contains("Nobody here had a gun"));
            Assert.Equal("Tom Harlow Reed", quoted.Speaker);
        }
    }
}
