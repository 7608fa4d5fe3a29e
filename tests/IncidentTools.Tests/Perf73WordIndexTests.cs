using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf73: a paragraph's index of the words that rules look for at every token (<see cref="AnalysedParagraph.WordsWith(WordGroup)"/>):
    /// it lists, in order, exactly the words a walk over every token of every sentence finds, each with its sentence's bounds,
    /// so the rules that read it (AsReportedBy, AskedByAgent, OwnedStatement, WithParticipleReport) see the same words in the
    /// same order; and the blank-separated words read without Split (<see cref="MentionFacts.NextBlankWord"/>).
    /// </summary>
    public class Perf73WordIndexTests
    {
        private const string Body =
            "As reported by the Quay Courier, the ferry was asked by inspectors whether its hull was sound.\n\n" +
            "Her claim that the pier was safe held, with skippers saying that the tide was low. As the bell rang, they left.\n\n" +
            "“As ever, asked whether that was so, with luck,” the pilot wrote.\n\n" +
            "Nobody spoke. The council met at noon.";

        /// <summary>What the rules' walk found: every word of every sentence that <paramref name="has"/>, with the sentence's bounds.</summary>
        private static List<(int, int, int)> Walk(AnalysedParagraph p, Func<Token, bool> has)
        {
            var found = new List<(int, int, int)>();
            foreach (var (s0, s1) in p.Sentences)
                for (int k = s0; k < s1; k++)
                    if (p.Tokens[k].IsWord && has(p.Tokens[k])) found.Add((k, s0, s1));
            return found;
        }

        [Fact]
        public void TheIndexListsExactlyTheWordsAWalkFinds()
        {
            var doc = ParagraphSumsTests.Analyse(Body);
            int seen = 0;
            foreach (var p in doc.Paragraphs)
            {
                foreach (var g in new[] { WordGroup.AsLink, WordGroup.Complementizer, WordGroup.Accompaniment, WordGroup.AsLink | WordGroup.Accompaniment })
                {
                    var expected = Walk(p, t => t.Has(g));
                    var listed = new List<(int, int, int)>();
                    foreach (var w in p.WordsWith(g)) listed.Add(w);
                    Assert.Equal(expected, listed);
                    seen += listed.Count;
                }
                var asked = new List<(int, int, int)>();
                foreach (var w in p.WordsWith(WordClass.QuestionLead)) asked.Add(w);
                Assert.Equal(Walk(p, t => t.Has(WordClass.QuestionLead)), asked);
                seen += asked.Count;
            }
            // the paragraphs hold such words: the test compares lists that are not all empty
            Assert.True(seen >= 10, seen.ToString());
        }

        [Fact]
        public void AWordInsideAQuotationOrOfAnotherGroupIsNotListed()
        {
            // "As", "asked", "whether", "that" and "with" stand inside the quotation only: the paragraph lists none of them
            var p = ParagraphSumsTests.Analyse("“As ever, asked whether that was so, with luck,” the pilot wrote.").Paragraphs.Last();
            Assert.Empty(ToList(p.WordsWith(WordGroup.AsLink)));
            Assert.Empty(ToList(p.WordsWith(WordClass.QuestionLead)));
            Assert.Empty(ToList(p.WordsWith(WordGroup.Complementizer | WordGroup.Accompaniment)));
            // a group the paragraph does not index is refused, not answered with nothing
            Assert.Throws<ArgumentException>(() => p.WordsWith(WordGroup.AccordingHead));
        }

        [Fact]
        public void TheRulesThatReadTheIndexStillReadTheirSentences()
        {
            Assert.Single(Run("As reported by the Quay Courier, the ferry will not sail before the storm passes.", new AsReportedBy()));
            Assert.Single(Run("Asked by a reporter whether the ferry would sail, the harbour master shrugged.", new AskedByAgent()));
            Assert.Single(Run("Voters shrugged off the closure, with most skippers saying the tide was too low.", new WithParticipleReport()));
            Assert.Single(Run("Lund's claim that the pier was safe was never tested.", new OwnedStatement()));
            // near misses: no agent after the participle, no comma before "with", a "that" with no noun of saying before it
            Assert.Empty(Run("As reported, the ferry will not sail before the storm passes.", new AsReportedBy()));
            Assert.Empty(Run("Asked whether the ferry would sail, the harbour master shrugged.", new AskedByAgent()));
            Assert.Empty(Run("Lund's boat that the pier sheltered was never tested.", new OwnedStatement()));
            Assert.Empty(Run("The mayor met with skippers saying the tide was too low.", new WithParticipleReport()));
        }

        [Theory]
        [InlineData("a Western envoy", new[] { "a", "Western", "envoy" })]
        [InlineData("  two  blanks,, and commas, ", new[] { "two", "blanks", "and", "commas" })]
        [InlineData(",,, x", new[] { "", "x" })]
        [InlineData("   ", new string[0])]
        public void TheBlankWordsAreWhatSplitAndTrimEndGave(string text, string[] expected)
        {
            var words = new List<string>();
            for (int i = 0; (i = MentionFacts.NextBlankWord(text, i, out int s, out int e)) >= 0;) words.Add(MentionFacts.WordOf(text, s, e));
            Assert.Equal(expected, words);
            Assert.Equal(text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',')), words);
        }

        private static List<(int, int, int)> ToList(IndexedWords words)
        {
            var list = new List<(int, int, int)>();
            foreach (var w in words) list.Add(w);
            return list;
        }
    }
}
