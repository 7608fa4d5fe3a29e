namespace IncidentTools.Text
{
    /// <summary>
    /// Lower case as <see cref="string.ToLowerInvariant()"/> gives it, without the work when there is
    /// nothing to change: a word already in lower case (most words, and any word with ’ or another
    /// non-ASCII character in it, for which the runtime takes its slow path) comes back as it is, and a
    /// word whose lower case is a word of the lexicon ("The", "Said") comes back as the lexicon's string.
    /// </summary>
    internal static class Casing
    {
        public static string Lower(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0x80)
                {
                    if (c >= 'A' && c <= 'Z') return Lexicon.KnownLower(s) ?? s.ToLowerInvariant();
                }
                else if (char.IsSurrogate(c) || MayHaveLowerCase(c) && char.ToLowerInvariant(c) != c) return s.ToLowerInvariant();
            }
            return s;
        }

        /// <summary>
        /// <see cref="char.ToLowerInvariant"/> of a character, without the runtime's case tables for one that has no
        /// lower case (<see cref="MayHaveLowerCase"/>): the marks of news text (’ “ ” —) are most of the characters
        /// above ASCII, and each look-up in the tables is a call into the globalisation library.
        /// </summary>
        public static char LowerChar(char c) => c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) : MayHaveLowerCase(c) ? char.ToLowerInvariant(c) : c;

        /// <summary>
        /// The categories of the characters that have a lower-case mapping: capital and title-case letters,
        /// letter numbers (Ⅻ) and other symbols (Ⓐ); punctuation (’ “ —), small letters and the rest have none,
        /// so they need no look-up in the runtime's case tables.
        /// </summary>
        internal static bool MayHaveLowerCase(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case System.Globalization.UnicodeCategory.UppercaseLetter:
                case System.Globalization.UnicodeCategory.TitlecaseLetter:
                case System.Globalization.UnicodeCategory.LetterNumber:
                case System.Globalization.UnicodeCategory.OtherSymbol:
                case System.Globalization.UnicodeCategory.OtherNotAssigned:
                    return true;
                default:
                    return false;
            }
        }
    }
}
