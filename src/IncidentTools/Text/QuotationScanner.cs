using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// One quoted span in a paragraph: the offsets of its marks and of the words between them
    /// (paragraph-relative). An unclosed span runs to the end of its paragraph or to the next
    /// opening mark.
    /// </summary>
    internal sealed class QuotationSpan
    {
        public QuotationSpan(int open, int textStart, int textEnd, int close)
        {
            Open = open;
            TextStart = textStart;
            TextEnd = textEnd;
            Close = close;
        }

        /// <summary>Index of the opening mark.</summary>
        public int Open { get; }

        /// <summary>Index of the first quoted character.</summary>
        public int TextStart { get; }

        /// <summary>Index just past the last quoted character.</summary>
        public int TextEnd { get; internal set; }

        /// <summary>Index of the closing mark, or -1 when the span is not closed.</summary>
        public int Close { get; }

        /// <summary>True when the span is single-quoted (‘…’ or '…').</summary>
        public bool Single { get; init; }

        public bool Closed => Close >= 0;

        /// <summary>Index just past the span, closing mark included.</summary>
        public int End => Closed ? Close + 1 : TextEnd;

        public override string ToString() => $"[{Open}..{End})";
    }

    /// <summary>
    /// Finds the quotations of a paragraph, single and double marks alike: double-quoted spans
    /// (curly and straight marks, mismatched pairs, unclosed spans) first; then single-quoted spans
    /// in the stretches outside them (a single-quoted span inside a double-quoted one is a quotation
    /// within the quotation and stays part of it). An apostrophe is never a mark: don’t, Pakistan’s,
    /// ’90s, rock 'n' roll, students’; two straight apostrophes together ('' …, '') are one double mark.
    /// A linear scan.
    /// </summary>
    internal static class QuotationScanner
    {
        public static bool IsDoubleMark(char c) => c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';

        public static bool IsSingleMark(char c) => c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‛';

        public static bool IsMark(char c) => IsDoubleMark(c) || IsSingleMark(c);

        private static bool IsOpeningPunct(char c) => c == '(' || c == '[' || c == '{' || c == '—' || c == '–' || c == '-' || c == '/' || c == ':';

        private static bool IsClosingPunct(char c) =>
            c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' || c == '—' || c == '–' || c == '-' || c == '/' || c == '…';

        /// <summary>Can the mark at i open a quotation (left-flanking)?</summary>
        private static bool CanOpen(string t, int i)
        {
            char prev = i > 0 ? t[i - 1] : ' ';
            char next = i + 1 < t.Length ? t[i + 1] : ' ';
            if (char.IsWhiteSpace(next)) return false;
            return char.IsWhiteSpace(prev) || IsOpeningPunct(prev) || IsMark(prev);
        }

        /// <summary>Can the mark at i close a quotation (right-flanking)?</summary>
        private static bool CanClose(string t, int i)
        {
            char prev = i > 0 ? t[i - 1] : ' ';
            char next = i + 1 < t.Length ? t[i + 1] : ' ';
            if (char.IsWhiteSpace(prev) && i > 0) return false;
            if (i == 0) return false;
            return char.IsWhiteSpace(next) || IsClosingPunct(next) || IsMark(next) || !char.IsLetterOrDigit(next);
        }

        /// <summary>The quoted spans of one paragraph, in order.</summary>
        public static List<QuotationSpan> Scan(string t)
        {
            // the single-quoted spans are added to the list they go into (a paragraph with no double marks keeps the list
            // the double scan made), not gathered in a list of their own for each stretch and copied over
            var doubles = ScanDouble(t);
            if (doubles.Count == 0)
            {
                ScanSingle(t, 0, t.Length, doubles);
                return doubles;
            }
            var spans = new List<QuotationSpan>();
            int from = 0;
            foreach (var d in doubles)
            {
                if (d.Open > from) ScanSingle(t, from, d.Open, spans);
                spans.Add(d);
                from = d.End;
            }
            if (from < t.Length) ScanSingle(t, from, t.Length, spans);
            return spans;
        }

        /// <summary>
        /// Two straight apostrophes written as one double mark ('' …, '' as some newspapers and archives
        /// print “ and ”): true at the first of exactly two, not inside a word.
        /// </summary>
        private static bool IsApostrophePair(string t, int i) =>
            t[i] == '\'' && i + 1 < t.Length && t[i + 1] == '\'' && (i + 2 >= t.Length || t[i + 2] != '\'');

        private static List<QuotationSpan> ScanDouble(string t)
        {
            var spans = new List<QuotationSpan>();
            int open = -1, openWidth = 1;
            for (int i = 0; i < t.Length; i++)
            {
                char c = t[i];
                int width = 1;
                if (IsApostrophePair(t, i)) width = 2;
                else if (!IsDoubleMark(c)) continue;
                // the pair flanks as one mark: the character before its first and after its second apostrophe
                bool canOpen = width == 1 ? CanOpen(t, i) : CanOpen(t, i + 1) && !char.IsLetterOrDigit(i > 0 ? t[i - 1] : ' ');
                bool canClose = width == 1 ? CanClose(t, i) : i > 0 && !char.IsWhiteSpace(t[i - 1]) && CanClose(t, i + 1);
                if (width == 2 && !canOpen && !canClose) { i++; continue; }
                bool isOpen, isClose;
                switch (c)
                {
                    case '“': case '„': case '«': case '‟':
                        isOpen = canOpen || !canClose;
                        isClose = !isOpen;
                        break;
                    case '”': case '»':
                        isClose = canClose || !canOpen;
                        isOpen = !isClose;
                        // ”… he delivered a mix,” Barabak wrote: a closing mark that opens its paragraph is a typo for an opening one
                        if (open < 0 && i + 1 < t.Length && IsBlankOrFormat(t, 0, i)) { isOpen = true; isClose = false; }
                        // He says,” there are …”: a closing mark typed for the opening one right after the comma of its cue
                        if (c == '”' && open < 0 && TypedAfterCue(t, i)) { isOpen = true; isClose = false; }
                        break;
                    default:
                        if (canOpen && !canClose) { isOpen = true; isClose = false; }
                        else if (canClose && !canOpen) { isOpen = false; isClose = true; }
                        else { isOpen = open < 0; isClose = open >= 0; }
                        // An inch mark (5'11", a 12" pipe) is not a quotation.
                        if (open < 0 && i > 0 && char.IsDigit(t[i - 1]) && !canOpen) { isOpen = false; isClose = false; }
                        break;
                }

                if (open < 0)
                {
                    if (isOpen) { open = i; openWidth = width; }
                    i += width - 1;
                    continue;
                }
                if (isClose)
                {
                    spans.Add(new QuotationSpan(open, open + openWidth, i, i + width - 1));
                    open = -1;
                }
                else if (isOpen && InnerClose(t, open, i) is int inner)
                {
                    // “… what he calls “hell” than live …”: a quotation in the same curly marks inside the open one
                    i = inner;
                    continue;
                }
                else if (isOpen)
                {
                    // A new opening mark while a quotation is open: the earlier one was never closed.
                    spans.Add(new QuotationSpan(open, open + openWidth, TrimEnd(t, open + openWidth, i), -1));
                    open = i;
                    openWidth = width;
                }
                i += width - 1;
            }
            if (open >= 0 && open + openWidth < t.Length)
                spans.Add(new QuotationSpan(open, open + openWidth, TrimEnd(t, open + openWidth, t.Length), -1));
            spans.RemoveAll(s => s.TextEnd <= s.TextStart);
            return spans;
        }

        /// <summary>
        /// “… “inner” …”: an opening curly mark at <paramref name="i"/> while the curly quotation opened at
        /// <paramref name="open"/> is open starts a quotation inside it when the next two double marks after it
        /// both close (the inner one's, then the outer one's); inside a quotation opened with a straight mark,
        /// when the next double mark is a curly one that closes it (the other style of marks is the inner
        /// quotation's). The index of the inner closing mark, or null.
        /// </summary>
        private static int? InnerClose(string t, int open, int i)
        {
            // a block quotation opened with a straight mark holds the writer's quotations in curly marks:
            // "… isn't about “Equal Justice Under Law” anymore. … (a curly mark right after the straight one,
            // "“…,” Reyes said.", opens the quotation itself: the straight mark is a stray)
            if (t[open] == '"' && t[i] == '“')
            {
                if (IsBlank(t, open + 1, i)) return null;
                int close = NextDoubleMark(t, i + 1);
                return close >= 0 && t[close] == '”' && CanClose(t, close) ? close : null;
            }
            if (t[open] != '“' || t[i] != '“') return null;
            int inner = NextDoubleMark(t, i + 1);
            if (inner < 0 || t[inner] != '”' || !CanClose(t, inner)) return null;
            int outer = NextDoubleMark(t, inner + 1);
            if (outer < 0 || t[outer] != '”' || !CanClose(t, outer)) return null;
            return inner;
        }

        private static int NextDoubleMark(string t, int from)
        {
            for (int k = from; k < t.Length; k++)
                if (IsDoubleMark(t[k]) || IsApostrophePair(t, k)) return k;
            return -1;
        }

        /// <summary>
        /// Nothing but spaces and invisible format characters (a left-to-right mark pasted in with a comment) in [start, end).
        /// </summary>
        private static bool IsBlankOrFormat(string t, int start, int end)
        {
            for (int i = start; i < end; i++)
                if (!char.IsWhiteSpace(t[i]) && char.GetUnicodeCategory(t[i]) != System.Globalization.UnicodeCategory.Format) return false;
            return true;
        }

        /// <summary>
        /// He says,” there are …”: with no quotation open, a closing mark right after a word's comma or colon and before a
        /// space opens one when the next double mark of the paragraph is a closing one again (and words stand between): two
        /// closing marks in a row, the first typed for an opening one. A closing mark after a comma with an opening mark
        /// next (“…,” she said, “…”) is a real close of a quotation opened before.
        /// </summary>
        private static bool TypedAfterCue(string t, int i)
        {
            if (i < 2 || i + 1 >= t.Length || !(t[i - 1] == ',' || t[i - 1] == ':') || !char.IsLetter(t[i - 2]) || !char.IsWhiteSpace(t[i + 1])) return false;
            int next = NextDoubleMark(t, i + 1);
            if (next < 0 || t[next] != '”' || !CanClose(t, next)) return false;
            for (int k = i + 1; k < next; k++)
                if (char.IsLetter(t[k])) return true;
            return false;
        }

        private static bool IsBlank(string t, int start, int end)
        {
            for (int i = start; i < end; i++)
                if (!char.IsWhiteSpace(t[i])) return false;
            return true;
        }

        private static int TrimEnd(string t, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(t[end - 1])) end--;
            return end;
        }

        private static bool IsElision(string t, int i)
        {
            int j = i + 1;
            if (j < t.Length && char.IsDigit(t[j])) return true; // ’90s
            int k = j;
            while (k < t.Length && char.IsLetter(t[k])) k++;
            if (k == j) return false;
            var word = t.Substring(j, k - j).ToLowerInvariant();
            if (k < t.Length && char.IsLetter(t[k])) return false;
            return Lexicon.Is(word, WordTag.Elision);
        }

        /// <summary>Adds the single-quoted spans within [from, to) of the paragraph to <paramref name="spans"/>, in order.</summary>
        private static void ScanSingle(string t, int from, int to, List<QuotationSpan> spans)
        {
            int open = -1;
            for (int i = from; i < to; i++)
            {
                char c = t[i];
                if (!IsSingleMark(c)) continue;
                char prev = i > 0 ? t[i - 1] : ' ';
                char next = i + 1 < t.Length ? t[i + 1] : ' ';
                // Inside a word (don’t, Pakistan’s, O'Brien) it is an apostrophe.
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) continue;
                if (open < 0)
                {
                    if (c == '’' && !(char.IsWhiteSpace(prev) || i == 0)) continue;
                    if (CanOpen(t, i) && char.IsLetterOrDigit(next) || CanOpen(t, i) && next == '.' )
                    {
                        if (IsElision(t, i)) continue;
                        open = i;
                    }
                    continue;
                }
                if (c == '‘') { if (CanOpen(t, i) && !IsElision(t, i)) open = i; continue; }
                if (CanClose(t, i))
                {
                    // students’ union: a plural possessive is followed by a lower-case noun, a closing mark rarely is.
                    if (prev == 's' && i + 2 < t.Length && next == ' ' && char.IsLower(t[i + 2])) continue;
                    // a span with no character between its marks is none (it was added, then removed with the others)
                    if (i > open + 1) spans.Add(new QuotationSpan(open, open + 1, i, i) { Single = true });
                    open = -1;
                }
            }
        }
    }
}
