using System;
using System.Collections.Generic;
using System.Text;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The small text tools of the accounts stage: normalisation that keeps offsets (for the position
    /// cues' patterns), folding, paragraph keys and stems. Words and sentences come from the one
    /// tokenizer (<see cref="Text.Tokenizer"/>, <see cref="Text.AnalysedDocument"/>).
    /// </summary>
    internal static class AccountText
    {
        /// <summary>
        /// The text with curly apostrophes and quotation marks made straight and odd
        /// spaces made plain: one character for one, so offsets stay the same.
        /// </summary>
        public static string Normalize(string text) => Normalize(text, 0, text.Length);

        /// <summary>
        /// <paramref name="length"/> characters of the text from <paramref name="start"/>, normalised as <see cref="Normalize(string)"/>
        /// does, cut and normalised in one copy (the whole text back, no copy, when it is all of it and has nothing to change).
        /// </summary>
        public static string Normalize(string text, int start, int length)
        {
            // most words have nothing to change: the same string back, no copy
            int end = start + length, i = start;
            while (i < end && Normalized(text[i]) == text[i]) i++;
            if (i == end) return start == 0 && length == text.Length ? text : text.Substring(start, length);
#if NET8_0_OR_GREATER
            // the string written in place: one allocation, not a char array and then its copy
            return string.Create(length, (text, start, i - start), static (chars, state) =>
            {
                var (source, from, first) = state;
                source.AsSpan(from, first).CopyTo(chars);
                for (int k = first; k < chars.Length; k++) chars[k] = Normalized(source[from + k]);
            });
#else
            var chars = text.ToCharArray(start, length);
            for (i -= start; i < chars.Length; i++) chars[i] = Normalized(chars[i]);
            return new string(chars);
#endif
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static char Normalized(char c)
        {
            if (c < '\u00A0' && c != '`' && c != '\t') return c;
            switch (c)
            {
                case '\u2018': case '\u2019': case '\u02BC': case '\u00B4': case '`': return '\'';
                case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': return '"';
                case '\u00A0': case '\u2009': case '\u202F': case '\t': return ' ';
                case '\u2010': case '\u2011': return '-';
                default: return c;
            }
        }

        /// <summary>
        /// A character in lower case for a quick test of whether a case-insensitive pattern may match a text
        /// (<see cref="LiteralSet.Present"/>): ASCII letters lowered, and the few other letters that such a
        /// pattern takes for an ASCII letter (Kelvin sign, long s, dotted and dotless i) mapped to it.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char FoldChar(char c)
        {
            if (c < 128) return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            switch (c)
            {
                case '\u212A': return 'k';
                case '\u017F': return 's';
                case '\u0130': case '\u0131': return 'i';
                default: return Text.Casing.LowerChar(c);
            }
        }

        /// <summary>A key for comparing paragraphs: lower case, straight marks, single spaces.</summary>
        public static string Key(string text) => CollapseSpaces(Normalize(text).ToLowerInvariant());

        /// <summary>
        /// Each run of blanks as one space, none at the ends: what Regex.Replace(text, @"\s+", " ").Trim()
        /// gives (\s is the set char.IsWhiteSpace tests), without a regular expression to build at first use.
        /// </summary>
        internal static string CollapseSpaces(string text)
        {
            var sb = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>A crude stem for comparing content words: lower case, possessive and common suffixes off.</summary>
        public static string Stem(string word)
        {
            var w = IncidentTools.Text.Casing.Lower(word).Replace('\u2019', '\'');
            if (w.EndsWith(Text.Possessive.Straight, StringComparison.Ordinal)) w = w.Substring(0, w.Length - Text.Possessive.Straight.Length);
            w = w.Replace(".", "");
            if (w.EndsWith("ence", StringComparison.Ordinal) && w.Length > 6) w = w.Substring(0, w.Length - 4) + "ense"; // defence/defense
            w = StripSuffix(w);
            if (w.EndsWith("e", StringComparison.Ordinal) && w.Length > 3) w = w.Substring(0, w.Length - 1);
            return w;
        }

        private static string StripSuffix(string w)
        {
            if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w.Substring(0, w.Length - 3) + "y";
            if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return Undouble(w.Substring(0, w.Length - 3));
            if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) return Undouble(w.Substring(0, w.Length - 2));
            if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5) return w.Substring(0, w.Length - 2);
            if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
                return w.Substring(0, w.Length - 2);
            if (Inflection.EndsInS(w) && w.Length > 3) return w.Substring(0, w.Length - 1);
            return w;
        }

        private static string Undouble(string w)
        {
            if (w.Length > 3 && w[w.Length - 1] == w[w.Length - 2] && "aeiouls".IndexOf(w[w.Length - 1]) < 0) return w.Substring(0, w.Length - 1);
            return w;
        }
    }
}
