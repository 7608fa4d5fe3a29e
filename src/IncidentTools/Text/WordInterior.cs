using System.Globalization;

namespace IncidentTools.Text
{
    /// <summary>
    /// Characters that are neither letters nor digits but stand inside a word of the text as it was scraped, so that the
    /// word is not cut at them ("Peña Nieto" written as "Pen\u0303a", or as "PeÃ±a" when a page's UTF-8 was read as
    /// Latin-1): the one place that says which, for the tokenizer.
    /// </summary>
    internal static class WordInterior
    {
        /// <summary>
        /// True when text[j], right after a letter or digit of a word, belongs to that word: a combining mark (an accent
        /// written as a character of its own after its letter, as decomposed text writes it), or the second character
        /// of a letter whose two UTF-8 bytes were read as two Latin-1 characters (<see cref="AfterMisreadLead"/>).
        /// </summary>
        public static bool Continues(string text, int j)
        {
            char c = text[j];
            if (c < 0x80) return false;
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    return true;
            }
            // the continuation byte of a UTF-8 letter (0x80-0xBF) read as a Latin-1 character: a control, a symbol
            // ("©", "±", "¡") or a sign; never the no-break space, which parts words as a blank does
            return c <= MisreadContinuationLast && !char.IsWhiteSpace(c) && AfterMisreadLead(text, j);
        }

        /// <summary>The last character that a UTF-8 continuation byte becomes when read as Latin-1 (the byte 0xBF).</summary>
        private const char MisreadContinuationLast = '\u00BF';

        /// <summary>
        /// The character before text[j] is "Â" or "Ã" (the lead bytes 0xC2 and 0xC3 of the accented Latin letters read as
        /// Latin-1), as one character or as "A" and its combining circumflex or tilde.
        /// </summary>
        private static bool AfterMisreadLead(string text, int j)
        {
            if (j < 1) return false;
            char p = text[j - 1];
            if (p == '\u00C2' || p == '\u00C3') return true;
            return (p == '\u0302' || p == '\u0303') && j >= 2 && text[j - 2] == 'A';
        }
    }
}
