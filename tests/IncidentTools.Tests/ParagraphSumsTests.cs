using System;
using System.Linq;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A paragraph's sums of its words' tags, classes and groups (<see cref="AnalysedParagraph.MayHave(WordGroup)"/>),
    /// which let a rule pass over a paragraph without its trigger word, and the document's word count made on first use.
    /// </summary>
    public class ParagraphSumsTests
    {
        private const string Body =
            "According to the harbour board, the pier will reopen on Friday.\n\n" +
            "In a Harbour Gazette poll released Monday, 61 percent of islanders backed the bridge.\n\n" +
            "Ortiz was quoted as saying that the ferry -- the old one -- would sail at 6:30 a.m.\n\n" +
            "“According to plan,” the captain wrote in her log, “we sail at noon.”\n\n" +
            "The council met. Nobody spoke about the bridge, café or the “quoted” figures.";

        /// <summary>The analysis of a one-document corpus with a headline and these body paragraphs (also read by <see cref="Perf73WordIndexTests"/>).</summary>
        internal static AnalysedDocument Analyse(string body)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferry service resumes\n\n" + body);
            return AnalysedDocument.Of(Assert.Single(IncidentCorpus.Load(file).Documents));
        }

        [Fact]
        public void EveryBitAnswersAsTheWordsAndMarksOfTheParagraphDo()
        {
            var doc = Analyse(Body);
            Assert.True(doc.Paragraphs.Count >= 6);
            foreach (var p in doc.Paragraphs)
            {
                var words = p.Tokens.Where(t => !t.IsQuote).ToList();
                for (int bit = 0; bit < 64; bit++)
                {
                    ulong one = 1UL << bit;
                    Assert.Equal(words.Any(t => t.Has((WordGroup)one)), p.MayHave((WordGroup)one));
                    Assert.Equal(words.Any(t => t.Has((WordTag)one)), p.MayHave((WordTag)one));
                    Assert.Equal(words.Any(t => t.Has((WordClass)one)), p.MayHave((WordClass)one));
                }
            }
        }

        [Fact]
        public void AWordInsideAQuotationIsNotSummed()
        {
            // "According" stands inside the quotation only: the paragraph has no head of "according to" of its own
            var doc = Analyse("“According to plan,” the captain wrote in her log, “we sail at noon.”");
            var p = doc.Paragraphs.Last();
            Assert.False(p.MayHave(WordGroup.AccordingHead));
            Assert.Contains(p.Tokens, t => t.IsQuote && t.Text.StartsWith("According", StringComparison.Ordinal));
            // so the rule that reads "according to X" passes over it, as it did reading token by token
            Assert.Empty(Run("“According to plan,” the captain wrote in her log, “we sail at noon.”", new AccordingToClause()));
            // the same words outside the quotation are read
            Assert.Single(Run("According to the captain, the ferry sails at noon.", new AccordingToClause()));
        }

        [Fact]
        public void TheRulesThatAskTheSumsStillReadTheirSentences()
        {
            Assert.Single(Run("In a Harbour Gazette poll released Monday, 61 percent of islanders backed the bridge.", new InPoll()));
            Assert.Single(Run("Ortiz was quoted as saying that the ferry would sail at noon.", new QuotedAsSaying()));
            // near misses: a poll word without the opening "in", "quoted" with no "as saying"
            Assert.Empty(Run("The Harbour Gazette poll released Monday found 61 percent of islanders backed the bridge.", new InPoll()));
            Assert.Empty(Run("Ortiz quoted the figures that the ferry company gave.", new QuotedAsSaying()));
        }

        [Fact]
        public void TheWordCountIsMadeOnFirstUseAndIsTheBodysWords()
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferry service resumes\n\nThe pier reopens on Friday.\n\nFerries sail at noon, the board said.");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            int expected = doc.Paragraphs.Sum(p => p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(expected, doc.WordCount);
            Assert.Equal(doc.WordCount, doc.WordCount);
        }
    }
}
