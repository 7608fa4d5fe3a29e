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
        /// True when the text has a letter and every letter is a capital ("SOTO", "RODRIGO VARGAS SOTO", "NEWS RELEASE"): a
        /// transcript's label, a heading in capitals.
        /// </summary>
        internal static bool IsAllCaps(string text)
        {
            bool letter = false;
            foreach (char c in text)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letter = true;
            }
            return letter;
        }

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

        /// <summary>
        /// A word of a label written in capitals as a name is written ("PENCE" -> "Pence", "O'BRIEN" -> "O'Brien", "SMITH-JONES"
        /// -> "Smith-Jones"): lower case, with a capital first and after a hyphen, an apostrophe or a full stop.
        /// </summary>
        public static string TitleCaseWord(string word)
        {
            var chars = word.ToLowerInvariant().ToCharArray();
            for (int i = 0; i < chars.Length; i++)
                if (i == 0 || chars[i - 1] == '-' || chars[i - 1] == '\'' || chars[i - 1] == '’' || chars[i - 1] == '.') chars[i] = char.ToUpperInvariant(chars[i]);
            return new string(chars);
        }

        /// <summary><see cref="TitleCaseWord"/>, and a capital after a leading "Mc" ("MCCAIN" -> "McCain").</summary>
        public static string TitleCaseName(string word)
        {
            var t = TitleCaseWord(word);
            return t.Length > 2 && t[0] == 'M' && t[1] == 'c' ? "Mc" + char.ToUpperInvariant(t[2]) + t.Substring(3) : t;
        }
    }
}
