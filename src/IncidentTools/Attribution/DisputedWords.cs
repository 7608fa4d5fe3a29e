using System;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// The few words a verb of denial governs, where a side whose words are rejected is named ("Army rejects Southland
    /// report", "the ministry disputes the Northland inquiry's findings"). The quote stage maps them to a side with its country
    /// and organisation tables, the claims with the manifest's; both read the same words.
    /// </summary>
    internal static class DisputedWords
    {
        /// <summary>How many words after a verb of denial may name the side whose words it rejects ("the Southland inquiry's report").</summary>
        public const int Reach = 4;

        /// <summary>
        /// The end of the words governed from <paramref name="start"/> on: at most <see cref="Reach"/> words, the phrase
        /// ending at a comma, semicolon or colon after a word, or a full stop that is not an abbreviation's or an initialism's
        /// ("rejects U.S. report" runs on past "U.S."). The end is before the mark.
        /// </summary>
        public static int End(string text, int start)
        {
            int end = Math.Max(0, start);
            for (int w = 0; w < Reach && end < text.Length; w++)
            {
                while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
                int wordStart = end;
                while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
                int wordEnd = end;
                while (wordEnd > wordStart && IsMark(text[wordEnd - 1])) wordEnd--;
                if (wordEnd == end) continue;
                // (an abbreviation's or initialism's own stop is part of the word: "Gen." and "U.S." run on)
                if (text[end - 1] == '.' && wordEnd + 1 == end &&
                    (Lexicon.IsAbbreviation(text, wordStart, end - wordStart) || text.IndexOf('.', wordStart, wordEnd - wordStart) >= 0)) continue;
                return wordEnd;
            }
            return end;
        }

        /// <summary>
        /// The governed words when the first word from <paramref name="at"/> is a verb of denial (reporting-verbs.txt 'denial':
        /// "rejects", "disputes"); null otherwise.
        /// </summary>
        public static string? AfterDenial(string? text, int at)
        {
            if (text == null || at < 0 || at >= text.Length) return null;
            int start = at;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            int verbEnd = start;
            while (verbEnd < text.Length && !char.IsWhiteSpace(text[verbEnd])) verbEnd++;
            if (verbEnd == start || verbEnd == text.Length || !Lexicon.IsVerb(text.Substring(start, verbEnd - start), VerbTag.Denial)) return null;
            return text.Substring(verbEnd, End(text, verbEnd) - verbEnd).Trim();
        }

        private static bool IsMark(char c) => c == ',' || c == '.' || c == ';' || c == ':';
    }
}
