using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// "the paper reported ten days ago", "as he proposed two months ago", "the unit reported just today": words after
        /// a verb that are only a phrase of time say when it was said, not what: no content. True when the words of [a, e)
        /// (marks aside) are a phrase of time that closes with "ago", "later" or "earlier", or are all words of time,
        /// calendar, leads of time or adverbs before a cue (no auxiliary, no verb), with a word of time or calendar among them.
        /// </summary>
        public static bool IsOnlyTime(IReadOnlyList<Token> tk, int a, int e)
        {
            while (e > a && !tk[e - 1].IsWord) e--;
            if (e <= a) return false;
            if (IsTimePhrase(tk, a, e)) return true;
            bool time = false;
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                // "just", "last", "this": adverbs and leads of time go with it, never an auxiliary or a verb
                if (!t.IsWord || t.Has(WordTag.Finite) || t.IsVerbForm || !t.Has(WordTag.Time | WordTag.Calendar | WordTag.TimeEnd | WordTag.TimeLead | WordTag.CueAdverb)) return false;
                if (t.Has(WordTag.Time | WordTag.Calendar | WordTag.TimeEnd)) time = true;
            }
            return time;
        }
    }
}
