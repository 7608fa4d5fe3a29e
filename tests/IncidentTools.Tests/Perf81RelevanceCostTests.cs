using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf81: the relevance judge's pass over the questions' cues (fix89c sends a key term named once there) asks the same
    /// without the copies: the cues of every side from one pass over a text (<see cref="PositionCues.CandidatesOfAny"/>, the
    /// union of each side's <see cref="PositionCues.Candidates"/>), the key term looked for in a match's stretch in place
    /// (<see cref="IncidentRelevance.HoldsStem"/>, as the match's words cut and stemmed one by one answered).
    /// </summary>
    public class Perf81RelevanceCostTests
    {
        private static readonly string[] OwnTexts =
        {
            "The harbour board says its gates were never opened before dawn, and the ferry crews deny it.",
            "Officials said the ferry's crew fired first; the Northlandish navy said the strike was deliberate and unprovoked.",
            "“We were fired upon from the posts,” a spokesman said. Coordination failed, the inquiry found.",
            "A police post was stormed by a crowd on Tuesday.",
            "POSTS, Posting, postal posters: the outposts' defence and the DEFENSES held.",
            "Parties, partying and the party’s PARTIES; \u212Aelvin İnadvertent stopped.",
            "",
        };

        private static IEnumerable<string> Texts()
        {
            foreach (var t in OwnTexts) yield return AccountText.Normalize(t);
            foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt"))
                foreach (var line in File.ReadAllText(f).Split('\n'))
                    if (line.Trim().Length > 0) yield return AccountText.Normalize(line);
        }

        [Fact]
        public void CandidatesOfAnyAreTheUnionOfEachSidesCandidatesInOrder()
        {
            var corpus = IncidentCorpus.Load(Path.Combine(TestPaths.RepoRoot, "seeds"));
            var manifest = CompiledManifest.For(corpus.Parties, corpus.Questions, AccountLexicon.Default);
            var sides = corpus.Parties.Where(p => p.IsSide).ToArray();
            Assert.True(sides.Length >= 2);
            var into = new List<CompiledCue>();
            int nonEmpty = 0, matches = 0;
            foreach (var text in Texts())
            {
                var union = new List<CompiledCue>();
                foreach (var side in sides)
                    foreach (var cue in manifest.Cues.Candidates(text, side))
                        if (!union.Contains(cue)) union.Add(cue);
                // in manifest order, as one side's candidates are
                union = union.OrderBy(c => IndexOf(manifest.Cues.Cues, c)).ToList();
                Assert.Equal(union, manifest.Cues.CandidatesOfAny(text, sides, into));
                if (union.Count > 0) nonEmpty++;
                foreach (var cue in union)
                {
                    // the first match without a Match object is the one Match gives
                    var m = cue.Pattern.Match(text);
                    int index = -1, length = 0;
                    foreach (var v in cue.Pattern.EnumerateMatches(text)) { (index, length) = (v.Index, v.Length); break; }
                    Assert.Equal(m.Success ? (m.Index, m.Length) : (-1, 0), (index, length));
                    if (m.Success) matches++;
                }
            }
            Assert.True(nonEmpty > 10, nonEmpty.ToString());
            Assert.True(matches > 3, matches.ToString());
            Assert.Empty(manifest.Cues.CandidatesOfAny(OwnTexts[1], new PartyDefinition[0], into));
        }

        private static int IndexOf(IReadOnlyList<CompiledCue> cues, CompiledCue cue)
        {
            for (int i = 0; i < cues.Count; i++) if (ReferenceEquals(cues[i], cue)) return i;
            return -1;
        }

        /// <summary>The reading before perf81: the stretch cut out, its words (runs of letters and digits) each lower-cased and stemmed.</summary>
        private static bool OldHoldsStem(string text, int start, int length, string stem)
        {
            var value = text.Substring(start, length);
            int i = 0;
            while (i < value.Length)
            {
                while (i < value.Length && !char.IsLetterOrDigit(value[i])) i++;
                int from = i;
                while (i < value.Length && char.IsLetterOrDigit(value[i])) i++;
                if (i > from && AccountText.Stem(IncidentTools.Text.Casing.Lower(value.Substring(from, i - from))) == stem) return true;
            }
            return false;
        }

        [Fact]
        public void HoldsStemAnswersAsTheCutWordsStemmed()
        {
            var stems = new[] { "post", "posting", "postal", "poster", "outpost", "defens", "defenc", "party", "parti", "kelvin", "inadvertent",
                                "fire", "fired", "gate", "harbour", "ferry", "crew", "deliberat", "p", "", "coordination" };
            int holds = 0;
            foreach (var written in OwnTexts)
            {
                var text = AccountText.Normalize(written);
                foreach (var stem in stems)
                    for (int start = 0; start <= text.Length; start++)
                        for (int length = 0; start + length <= text.Length; length += 3)
                        {
                            bool old = OldHoldsStem(text, start, length, stem);
                            Assert.True(old == IncidentRelevance.HoldsStem(text, start, length, stem), $"'{stem}' in '{text.Substring(start, length)}'");
                            if (old) holds++;
                        }
            }
            Assert.True(holds > 100, holds.ToString());
        }
    }
}
