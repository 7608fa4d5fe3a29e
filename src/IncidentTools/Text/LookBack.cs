using System;

namespace IncidentTools.Text
{
    /// <summary>
    /// The word of letters written before a place of a text, past the blanks right before it: the look-back the claim reader
    /// and the party resolver ask at every side's name a speaker's or a mention's words hold ("of" in "of Pakistani descent"),
    /// compared in place without a new string (issue #10). One reading for both.
    /// </summary>
    internal static class LookBack
    {
        /// <summary>
        /// True when the word of letters that ends where the blanks before <paramref name="at"/> begin (none, one or more; the
        /// letters run back from there) is <paramref name="word"/>, in any case (ordinal): "" is never asked, a mark or the
        /// start before the blanks is no word. <paramref name="at"/> is within the text or at its end.
        /// </summary>
        public static bool LetterWordIs(string text, int at, string word)
        {
            int end = at;
            while (end > 0 && text[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            return end - start == word.Length && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }
    }
}
