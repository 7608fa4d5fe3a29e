using System;
using System.Collections.Generic;
using System.Text;

namespace IncidentTools.Accounts
{
    /// <summary>A word or punctuation mark of a paragraph, with its offsets in the paragraph.</summary>
    internal readonly struct Token
    {
        public Token(int start, string text, bool isWord, bool inQuote)
        {
            Start = start;
            Text = text;
            Lower = text.ToLowerInvariant();
            IsWord = isWord;
            InQuote = inQuote;
        }

        public int Start { get; }
        public int End => Start + Text.Length;
        public string Text { get; }
        public string Lower { get; }
        public bool IsWord { get; }
        /// <summary>True when the token stands inside quotation marks.</summary>
        public bool InQuote { get; }

        /// <summary>The word without a possessive ending ("Pakistan's" gives "pakistan").</summary>
        public string Bare => Lower.EndsWith("'s", StringComparison.Ordinal) ? Lower.Substring(0, Lower.Length - 2) : Lower;

        public override string ToString() => Text;
    }

    /// <summary>A sentence of a paragraph: its offsets in the paragraph text.</summary>
    internal readonly struct SentenceSpan
    {
        public SentenceSpan(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }
        public int End { get; }
        public int Length => End - Start;
    }

    /// <summary>
    /// The small text tools of the accounts stage: normalisation that keeps offsets,
    /// quotation masks, tokens, sentences and stems.
    /// </summary>
    internal static class AccountText
    {
        /// <summary>
        /// The text with curly apostrophes and quotation marks made straight and odd
        /// spaces made plain: one character for one, so offsets stay the same.
        /// </summary>
        public static string Normalize(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\u2018': case '\u2019': case '\u02BC': case '\u00B4': case '`': sb.Append('\''); break;
                    case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': sb.Append('"'); break;
                    case '\u00A0': case '\u2009': case '\u202F': case '\t': sb.Append(' '); break;
                    case '\u2010': case '\u2011': sb.Append('-'); break;
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }

        /// <summary>
        /// The text in lower case for a quick test of whether a case-insensitive pattern may match:
        /// ASCII letters lowered, and the few other letters that such a pattern takes for an ASCII
        /// letter (Kelvin sign, long s, dotted and dotless i) mapped to it. One character for one.
        /// </summary>
        public static string Fold(string text)
        {
            var chars = new char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
                else if (c >= 128)
                {
                    switch (c)
                    {
                        case '\u212A': c = 'k'; break;
                        case '\u017F': c = 's'; break;
                        case '\u0130': case '\u0131': c = 'i'; break;
                        default: c = char.ToLowerInvariant(c); break;
                    }
                }
                chars[i] = c;
            }
            return new string(chars);
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

        /// <summary>
        /// Which characters stand inside quotation marks. Curly marks open and close;
        /// a straight double mark opens when it follows a space or starts the text, else closes.
        /// </summary>
        public static bool[] QuoteMask(string original)
        {
            var mask = new bool[original.Length];
            bool inside = false;
            for (int i = 0; i < original.Length; i++)
            {
                char c = original[i];
                if (c == '\u201C' || c == '\u201E' || c == '\u00AB')
                {
                    inside = true;
                    mask[i] = false;
                    continue;
                }
                if (c == '\u201D' || c == '\u00BB')
                {
                    inside = false;
                    continue;
                }
                if (c == '"')
                {
                    bool opens = !inside && (i == 0 || char.IsWhiteSpace(original[i - 1]) || original[i - 1] == '(' || original[i - 1] == '-' || original[i - 1] == '\u2014');
                    inside = opens;
                    continue;
                }
                mask[i] = inside;
            }
            return mask;
        }

        /// <summary>
        /// The words and punctuation marks of a text (best given normalised): initials and
        /// abbreviations with dots ("U.S."), runs of letters and digits joined by apostrophes or
        /// hyphens ("don't", "U.S.-led" is "U.S." and "-led"), "--", and any other mark but blanks.
        /// A scanner of its own: it gives what <c>\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|--|[^\s\p{L}\p{N}]</c> matches.
        /// </summary>
        public static List<Token> Tokenize(string text, bool[]? quoteMask = null, int from = 0, int to = -1)
        {
            if (to < 0) to = text.Length;
            var tokens = new List<Token>(Math.Max(4, (to - from) / 5));
            int i = from;
            while (i < to)
            {
                char c = text[i];
                int end;
                if (char.IsLetter(c) && i + 2 < to && text[i + 1] == '.' && char.IsLetter(text[i + 2]))
                {
                    end = i + 1;                                                    // "U.S.", "e.g."
                    while (end + 1 < to && text[end] == '.' && char.IsLetter(text[end + 1])) end += 2;
                    if (end < to && text[end] == '.') end++;
                }
                else if (IsLetterOrNumber(c))
                {
                    end = i + 1;
                    while (end < to && IsLetterOrNumber(text[end])) end++;
                    while (end + 1 < to && (text[end] == '\'' || text[end] == '-') && IsLetterOrNumber(text[end + 1]))
                    {
                        end += 2;
                        while (end < to && IsLetterOrNumber(text[end])) end++;
                    }
                }
                else if (c == '-' && i + 1 < to && text[i + 1] == '-') end = i + 2;
                else if (!char.IsWhiteSpace(c)) end = i + 1;
                else
                {
                    i++;
                    continue;
                }
                bool isWord = char.IsLetterOrDigit(c);
                bool inQuote = quoteMask != null && i < quoteMask.Length && quoteMask[i];
                tokens.Add(new Token(i, text.Substring(i, end - i), isWord, inQuote));
                i = end;
            }
            return tokens;
        }

        private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

        /// <summary>Splits a paragraph into sentences: at . ! ? (with closing marks) before a capital, digit or opening mark.</summary>
        public static List<SentenceSpan> Sentences(string text, AccountLexicon lexicon)
        {
            var result = new List<SentenceSpan>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != '.' && c != '!' && c != '?') continue;
                int j = i + 1;
                while (j < text.Length && (text[j] == '"' || text[j] == '\u201D' || text[j] == '\'' || text[j] == '\u2019' || text[j] == ')')) j++;
                if (j >= text.Length) break;
                if (!char.IsWhiteSpace(text[j])) continue;
                int k = j;
                while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
                if (k >= text.Length) break;
                char next = text[k];
                if (!(char.IsUpper(next) || char.IsDigit(next) || next == '"' || next == '\u201C' || next == '\u2018' || next == '(' || next == '\'')) continue;
                if (c == '.' && IsAbbreviation(text, i, lexicon)) continue;
                if (j > start) result.Add(Trim(text, start, j));
                start = k;
            }
            if (start < text.Length) result.Add(Trim(text, start, text.Length));
            result.RemoveAll(s => s.Length == 0);
            return result;
        }

        private static SentenceSpan Trim(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            return new SentenceSpan(start, end);
        }

        private static bool IsAbbreviation(string text, int dot, AccountLexicon lexicon)
        {
            int w = dot;
            while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
            var word = text.Substring(w, dot - w);
            if (word.Length == 0) return false;
            if (word.Length == 1 && char.IsUpper(word[0])) return true;           // an initial: "Stephen A. Clark"
            if (word.IndexOf('.') >= 0) return true;                               // "U.S." before a name: "U.S. Central Command"
            return Text.Lexicon.IsAbbreviation(word + ".");
        }

        /// <summary>A crude stem for comparing content words: lower case, possessive and common suffixes off.</summary>
        public static string Stem(string word)
        {
            var w = word.ToLowerInvariant().Replace('\u2019', '\'');
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w.Substring(0, w.Length - 2);
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
            if (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3) return w.Substring(0, w.Length - 1);
            return w;
        }

        private static string Undouble(string w)
        {
            if (w.Length > 3 && w[w.Length - 1] == w[w.Length - 2] && "aeiouls".IndexOf(w[w.Length - 1]) < 0) return w.Substring(0, w.Length - 1);
            return w;
        }
    }
}
