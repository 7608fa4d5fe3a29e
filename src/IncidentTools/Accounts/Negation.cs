using System;
using System.Collections.Generic;

namespace IncidentTools.Accounts
{
    /// <summary>Whether words stand in a negated scope: after "not", "no", "never", "denied" … in the same clause.</summary>
    internal static class Negation
    {
        /// <summary>True when a negator stands before the cue in the same clause, within twelve words.</summary>
        public static bool IsNegated(List<Token> tokens, int cueStart, AccountLexicon lexicon)
        {
            int c = ClaimReader.IndexAt(tokens, cueStart);
            if (c < 0) return false;
            int negations = 0, words = 0;
            for (int i = c - 1; i >= 0 && words < 12 && c - i <= 40; i--)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    if (t.Text == ";" || t.Text == ":" || t.Text == "--" || t.Text == "\u2013" || t.Text == "\u2014" || t.Text == "(" || t.Text == ")" || t.Text == "?" || t.Text == "!") break;
                    if (t.Text == "," && !(i + 1 < tokens.Count && (tokens[i + 1].Lower == "or" || tokens[i + 1].Lower == "nor"))) break;
                    continue;
                }
                words++;
                if (t.Lower == "but" || t.Lower == "although" || t.Lower == "though" || t.Lower == "whereas" || t.Lower == "however") break;
                if (StartsPhrase(tokens, i, lexicon.NotNegators)) continue;
                if (t.Lower.EndsWith("n't", StringComparison.Ordinal) || t.Lower == "cannot" || StartsPhrase(tokens, i, lexicon.Negators)) negations++;
            }
            return negations % 2 == 1;
        }

        private static bool StartsPhrase(List<Token> tokens, int i, IReadOnlyList<string[]> phrases)
        {
            foreach (var phrase in phrases)
            {
                int j = i, k = 0;
                while (k < phrase.Length && j < tokens.Count)
                {
                    if (!tokens[j].IsWord) { j++; continue; }
                    if (tokens[j].Lower != phrase[k]) break;
                    j++;
                    k++;
                }
                if (k == phrase.Length) return true;
            }
            return false;
        }
    }
}
