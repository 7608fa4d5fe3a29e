using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// "They have not told us anything officially": a cue that holds its own negator and ends in a verb of telling
    /// (accounts-stance.txt telling-verb: "not told", "never informed"), with a word of the formal channel (formal-manner:
    /// "officially", "formally") among the few words right after it in its sentence, says that no formal word has come since,
    /// not that one side was kept in the dark of the operation: it takes no position. "We were not told of the operation" and
    /// "they had not told us anything before the strike" still count. So does a noun of the truth (truth-object) among those
    /// words ("We were not told the truth about that night", "they never told us the whole truth"): a complaint that what
    /// happened was not told honestly afterwards, not that one side was kept in the dark before the act.
    /// </summary>
    internal static class FormalChannel
    {
        /// <summary>The most words between the verb of telling and the word of the formal channel ("told us anything officially").</summary>
        private const int GapWords = 3;

        /// <summary>
        /// True when the cue matched as <paramref name="matched"/>, ending at <paramref name="end"/> in the paragraph's words,
        /// ends in a telling-verb and a formal-manner word follows it within <see cref="GapWords"/> words, with no mark between.
        /// </summary>
        public static bool After(IReadOnlyList<Token> words, string matched, int end, AccountLexicon lexicon) =>
            WordAfter(words, matched, end, lexicon, lexicon.FormalManner);

        /// <summary>
        /// True when the cue matched as <paramref name="matched"/>, ending at <paramref name="end"/>, ends in a telling-verb and a
        /// truth-object word follows it within <see cref="GapWords"/> words, with no mark between ("not told the truth").
        /// </summary>
        public static bool Truth(IReadOnlyList<Token> words, string matched, int end, AccountLexicon lexicon) =>
            WordAfter(words, matched, end, lexicon, lexicon.TruthObjects);

        private static bool WordAfter(IReadOnlyList<Token> words, string matched, int end, AccountLexicon lexicon, HashSet<string> after)
        {
            int blank = matched.LastIndexOf(' ');
            var last = (blank < 0 ? matched : matched.Substring(blank + 1)).ToLowerInvariant();
            if (!lexicon.TellingVerbs.Contains(last)) return false;
            int k = Negation.IndexAt(words, end);
            for (int n = 0; k >= 0 && k < words.Count && n <= GapWords; k++, n++)
            {
                if (!words[k].IsWord) return false;
                if (after.Contains(words[k].Lower)) return true;
            }
            return false;
        }
    }
}
