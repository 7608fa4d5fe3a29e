using System;

namespace IncidentTools.Text
{
    /// <summary>
    /// The possessive suffix, written with a straight or a curly apostrophe ("the mayor's", "Trump’s"): the one
    /// place that spells it, for the code that tests a word for it or takes it off.
    /// </summary>
    internal static class Possessive
    {
        /// <summary>The suffix with a straight apostrophe ("the mayor's").</summary>
        public const string Straight = "'s";

        /// <summary>The suffix with a curly apostrophe ("Trump’s").</summary>
        public const string Curly = "’s";

        /// <summary>True when the word ends in "'s" or "’s", as written (also "it's" and "he's", which the caller tells apart).</summary>
        /// (Read as its last two characters: asked of a token's text at every token by several loops, where two
        /// ordinal EndsWith calls each cost more than the test.)
        public static bool EndsIn(string word)
        {
            int n = word.Length;
            return n >= 2 && word[n - 1] == 's' && (word[n - 2] == '\'' || word[n - 2] == '’');
        }

        /// <summary>True when the text is the suffix alone, "'s" or "’s" (a token of its own, or what is left of a word after a name in it).</summary>
        public static bool IsSuffix(string text) => text == Straight || text == Curly;

        /// <summary>The word without its "'s" or "’s"; the word itself when it ends in neither.</summary>
        public static string Strip(string word) => EndsIn(word) ? word.Substring(0, word.Length - Straight.Length) : word;
    }
}
