namespace IncidentTools.Text
{
    /// <summary>
    /// Lower case as <see cref="string.ToLowerInvariant()"/> gives it, without the work when there is
    /// nothing to change: a word already in lower case (most words, and any word with ’ or another
    /// non-ASCII character in it, for which the runtime takes its slow path) comes back as it is.
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
                    if (c >= 'A' && c <= 'Z') return Lowered(s);
                }
                else if (char.IsSurrogate(c) || MayHaveLowerCase(c) && char.ToLowerInvariant(c) != c) return Lowered(s);
            }
            return s;
        }

        /// <summary>
        /// The words lowered lately on this thread, with their lower case, in a table of fixed size (a slot per
        /// hash; a new word takes the slot): a capitalised word is asked of the word lists again and again
        /// ("Pakistan", "The", "Gen."), and is not lowered into a new string every time.
        /// </summary>
        [System.ThreadStatic] private static string?[]? _recent;
        [System.ThreadStatic] private static string?[]? _recentLower;
        private const int RecentSlots = 2048;
        private const int RecentLength = 32;

        private static string Lowered(string s)
        {
            if (s.Length > RecentLength) return s.ToLowerInvariant();
            var words = _recent ??= new string?[RecentSlots];
            var lowers = _recentLower ??= new string?[RecentSlots];
            uint hash = 2166136261;
            for (int i = 0; i < s.Length; i++) hash = (hash ^ s[i]) * 16777619;
            int slot = (int)(hash & (RecentSlots - 1));
            if (string.Equals(words[slot], s)) return lowers[slot]!;
            var lower = s.ToLowerInvariant();
            words[slot] = s;
            lowers[slot] = lower;
            return lower;
        }

        /// <summary>
        /// The categories of the characters that have a lower-case mapping: capital and title-case letters,
        /// letter numbers (Ⅻ) and other symbols (Ⓐ); punctuation (’ “ —), small letters and the rest have none,
        /// so they need no look-up in the runtime's case tables.
        /// </summary>
        private static bool MayHaveLowerCase(char c)
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
