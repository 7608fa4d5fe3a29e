using System.Collections.Generic;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf72: the rules that read only cue words step from one to the next (<see cref="CueTable.NextCue"/>,
    /// <see cref="CueTable.PreviousCue"/>): the steps visit every token at which a cue word may stand and no other, so
    /// a rule that went on at every other token reads the same tokens in the same order.
    /// </summary>
    public class Perf72CueWalkTests
    {
        private static readonly string[] Texts =
        {
            "Harbour officials said on Tuesday that the jetty, she said, was sound, and aides have called for calm since the storm.",
            "The survey shows the ferry ran late; most of the cuts will fall on clinics, the mayor told reporters, adding that she had spoken about it.",
            "“We were ready,” Okafor said, but Brandt declined to blame the pilot and was told the 212 delegates had gone on to say nothing.",
            // no cue word at all: every walk is empty
            "The pier was closed on Monday, and the ferry sailed at noon.",
        };

        [Fact]
        public void TheWalkVisitsExactlyTheTokensThatMayBeCues()
        {
            int cuesSeen = 0;
            foreach (var text in Texts)
            {
                var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
                var cues = ReportedSpeech.CuesOf(tk);
                Assert.Same(cues, ReportedSpeech.CuesOf(tk));
                for (int s0 = 0; s0 < tk.Count; s0 += 2)
                    for (int s1 = s0; s1 <= tk.Count; s1 += 3)
                    {
                        var expected = new List<int>();
                        for (int k = s0; k < s1; k++)
                            if (cues.MayBeCue(k)) expected.Add(k);
                        var forward = new List<int>();
                        for (int k = cues.NextCue(s0, s1); k < s1; k = cues.NextCue(k + 1, s1)) forward.Add(k);
                        Assert.Equal(expected, forward);
                        var backward = new List<int>();
                        for (int k = cues.PreviousCue(s1 - 1, s0); k >= s0; k = cues.PreviousCue(k - 1, s0)) backward.Insert(0, k);
                        Assert.Equal(expected, backward);
                        cuesSeen += expected.Count;
                        // a word passed over is one at which no entry or finite verb is read
                        for (int k = s0; k < s1; k++)
                            if (!expected.Contains(k))
                            {
                                Assert.Null(ReportedSpeech.EntryAt(tk, k, s1, out _));
                                Assert.Null(ReportedSpeech.FiniteVerbAt(tk, k, s0, s1));
                            }
                    }
            }
            // (the texts hold cue words: the walks are not all empty)
            Assert.True(cuesSeen > 0);
        }

        [Fact]
        public void NoCueWordGivesTheEndOfTheRange()
        {
            const string text = "The pier was closed on Monday, and the ferry sailed at noon.";
            var cues = ReportedSpeech.CuesOf(Tokenizer.Tokenize(text, QuotationScanner.Scan(text)));
            Assert.Equal(7, cues.NextCue(0, 7));
            Assert.Equal(2, cues.PreviousCue(6, 3));
            // a cue word just past the range is not reached
            const string said = "The ferry sailed, Okafor said.";
            var tk = Tokenizer.Tokenize(said, QuotationScanner.Scan(said));
            int verb = tk.Count - 2;
            var table = ReportedSpeech.CuesOf(tk);
            Assert.Equal(verb, table.NextCue(0, tk.Count));
            Assert.Equal(verb, table.PreviousCue(tk.Count - 1, 0));
            Assert.Equal(tk.Count, table.NextCue(verb + 1, tk.Count));
            Assert.Equal(-1, table.PreviousCue(verb - 1, 0));
        }
    }

    /// <summary>perf72: <see cref="Lexicon.IsAimedPreposition"/>, asked before <see cref="Lexicon.AimedNounBase"/>, turns away no pair that has a base.</summary>
    public class Perf72AimedPrepositionTests
    {
        [Fact]
        public void EveryPairWithABaseHasAnAimedPreposition()
        {
            const string text = "Her attacks on the levy and his criticism of the ferry board drew an attack against the critique of " +
                                "the plan, but the attacks by rivals at the pier on Tuesday were about criticisms for years.";
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            int bases = 0, turnedAway = 0;
            for (int n = 0; n + 1 < tk.Count; n++)
            {
                if (!tk[n].IsLowerWord || !tk[n + 1].IsLowerWord) continue;
                bool preposition = Lexicon.IsAimedPreposition(tk[n + 1].Lower);
                if (Lexicon.AimedNounBase(tk[n].Lower, tk[n + 1].Lower) != null)
                {
                    Assert.True(preposition, tk[n].Text + " " + tk[n + 1].Text);
                    bases++;
                }
                else if (!preposition) turnedAway++;
            }
            // "attacks on", "criticism of", "attack against", "critique of" have a base; most other pairs are turned away unasked
            Assert.Equal(4, bases);
            Assert.True(turnedAway > 10);
            Assert.True(Lexicon.IsAimedPreposition("on"));
            Assert.False(Lexicon.IsAimedPreposition("by"));
            Assert.False(Lexicon.IsAimedPreposition("On"));
        }
    }
}
