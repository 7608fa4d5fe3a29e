using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// speaker137: a document "seen by", "shown to" someone is the source (the one who saw it only saw it), also with a day's
    /// phrase before the verb ("A memo shown to reporters on Friday said": it was "shown to reporters", the participle read as
    /// the head) and after "according to" ("According to a letter seen by the gazette": it was "gazette"). Invented harbour texts.
    /// </summary>
    public class SeenDocumentSourceTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Theory]
        [InlineData("A clip shown to journalists on Tuesday showed that the ferry had left the quay late.", "the ferry had left")]
        [InlineData("A memo shown to reporters on Friday said the harbour crane had failed twice in a week.", "the harbour crane")]
        [InlineData("According to a letter seen by the gazette, the pier's owner had sold the boats in March.", "the pier's owner")]
        public void TheDocumentSpeaksNotWhoSawIt(string sentence, string contentStart)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.SingleOrDefault(c => c.Content.StartsWith(contentStart, StringComparison.Ordinal));
            // no claim is better than a wrong speaker; a claim has the document, never the viewer nor the participle
            if (claim == null) return;
            Assert.DoesNotContain("journalists", claim.Speaker ?? "");
            Assert.DoesNotContain("reporters", claim.Speaker ?? "");
            Assert.DoesNotContain("gazette", claim.Speaker ?? "");
            Assert.DoesNotContain("shown", claim.Speaker ?? "");
        }

        [Theory]
        [InlineData("A memo shown to reporters on Friday said the harbour crane had failed twice in a week.", "memo")]
        [InlineData("According to a letter seen by the gazette, the pier's owner had sold the boats in March.", "letter")]
        public void TheDocumentIsTheSpeaker(string sentence, string document)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            Assert.Contains(corpus.Claims, c => c.Speaker == document);
        }

        [Fact]
        public void ADocumentReleasedByItsMakerKeepsItsReading()
        {
            // the near miss: a document released by its maker keeps its plain reading
            using var folder = new TempFolder();
            var corpus = Load(folder, "A memo released by the harbour board on Friday said the crane had failed twice.");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "released by the harbour board");
        }
    }
}
