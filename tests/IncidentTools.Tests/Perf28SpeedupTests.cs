using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>perf28's shortcuts in the quote rules give what the slower paths they replace gave.</summary>
    public class Perf28SpeedupTests
    {
        private static readonly string[] Texts =
        {
            "Officials said on Monday that the pier, she said, was safe, and aides have said the plans to say more were claims of others.",
            "The harbour board's report shows the ferry was late; most of the cuts will fall on schools, the mayor told reporters, adding that she had called for calm.",
            "“We are ready,” Reyes said, but Lund refused to blame the pilot and was told the 384 pledged delegates had gone on to say nothing.",
        };

        [Fact]
        public void AFiniteVerbReadOnceIsWhatTheTokensGiveAtAnyBounds()
        {
            foreach (var text in Texts)
            {
                var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
                // a copy that is no TokenList: read from the tokens every time, never kept
                var copy = tk.ToList();
                var bounds = new List<(int S0, int S1)>();
                for (int s0 = 0; s0 < tk.Count; s0 += 3)
                    for (int s1 = s0 + 1; s1 <= tk.Count; s1 += 2) bounds.Add((s0, s1));
                // every bound twice, in turn: each word's reading is made, found again, and replaced by another bound's
                foreach (var (s0, s1) in bounds.Concat(bounds).Concat(Enumerable.Reverse(bounds)))
                    for (int k = s0; k < s1; k++)
                    {
                        var kept = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                        var read = ReportedSpeech.FiniteVerbAt(copy, k, s0, s1);
                        Assert.Equal(read == null, kept == null);
                        if (read == null) continue;
                        Assert.Same(read.Entry, kept!.Entry);
                        Assert.Equal((read.Verb, read.End, read.GroupStart), (kept.Verb, kept.End, kept.GroupStart));
                    }
            }
        }

        [Fact]
        public void AWordThatIsNoCueIsNoFiniteVerbAtAnyBounds()
        {
            const string text = "The pier was closed on Monday, and the ferry sailed at noon.";
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            for (int k = 0; k < tk.Count; k++)
                Assert.Null(ReportedSpeech.FiniteVerbAt(tk, k, 0, tk.Count));
            // a cue word in another sentence still is one
            const string said = "The ferry sailed, Reyes said.";
            var tk2 = Tokenizer.Tokenize(said, QuotationScanner.Scan(said));
            Assert.NotNull(ReportedSpeech.FiniteVerbAt(tk2, tk2.Count - 2, 0, tk2.Count));
        }
    }
}
