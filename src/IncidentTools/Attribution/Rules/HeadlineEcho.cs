using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A headline that is one quotation and nothing else ("“We are asking for respect”" over the story) repeats words the
    /// body gives to their speaker: when the quotation's words, at least <see cref="MinWords"/> of them, stand in the
    /// words of exactly one speaker's attribution of the body (a quotation, an interview's answer, a transcript's turn),
    /// the headline is that speaker's too. Words in no attribution, or in those of two speakers, leave it open.
    /// </summary>
    internal sealed class HeadlineEcho : QuotationRule
    {
        /// <summary>A headline quotation of fewer words ("“Tragic”") is too short to say whose words it repeats.</summary>
        private const int MinWords = 3;

        public override string Name => nameof(HeadlineEcho);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            if (!IsWholeHeadline(q)) return null;
            var words = new List<string>();
            AddWords(q.Paragraph, q.Token, int.MinValue, int.MaxValue, words);
            if (words.Count < MinWords) return null;
            var content = new List<string>();
            FoundAttribution? echo = null;
            foreach (var a in context.Found)
            {
                if (a.Paragraph.Section != ParagraphSection.Body || a.Root.Source == null) continue;
                content.Clear();
                ContentWords(context.Document, a, content);
                if (!Holds(content, words)) continue;
                // the words of two speakers (a quotation repeated by another): whose they are first is not told
                if (echo != null && !ReferenceEquals(echo.Root, a.Root)) return null;
                echo ??= a;
            }
            return echo == null ? null : context.Continuing(Name, q, echo);
        }

        /// <summary>True when the quotation is a headline and the whole of it, marks of punctuation aside.</summary>
        internal static bool IsWholeHeadline(QuotationRef q)
        {
            if (q.Paragraph.Section != ParagraphSection.Title) return false;
            var tk = q.Paragraph.Tokens;
            for (int i = 0; i < tk.Count; i++)
                if (i != q.Token && tk[i].Kind != TokenKind.Punct) return false;
            return true;
        }

        /// <summary>
        /// The lower-case words of an attribution's content, in order: the words of the paragraphs it spans (a
        /// quotation's words read from its inner tokens), marks of punctuation left out.
        /// </summary>
        internal static void ContentWords(AnalysedDocument document, FoundAttribution a, List<string> words)
        {
            int start = a.Content.Start, end = a.Content.End;
            for (int p = a.Paragraph.Index; p < document.Paragraphs.Count; p++)
            {
                var paragraph = document.Paragraphs[p];
                if (paragraph.Start >= end) break;
                var tk = paragraph.Tokens;
                for (int k = 0; k < tk.Count; k++)
                {
                    int from = paragraph.Start + tk[k].Start, to = paragraph.Start + tk[k].End;
                    if (to <= start || from >= end) continue;
                    AddWords(paragraph, k, start, end, words);
                }
            }
        }

        /// <summary>
        /// Adds token <paramref name="k"/>'s words that lie in the file span [start, end): a word's lower case
        /// (a typographic apostrophe read as a plain one), a quotation's inner words, nothing for a mark.
        /// </summary>
        internal static void AddWords(AnalysedParagraph paragraph, int k, int start, int end, List<string> words)
        {
            var t = paragraph.Tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                if (paragraph.Start + t.Start >= start && paragraph.Start + t.End <= end) words.Add(Plain(t.Lower));
                return;
            }
            if (t.Kind != TokenKind.Quote) return;
            foreach (var w in paragraph.InnerTokens(paragraph.QuotationIndexOf(t)))
                if (w.Kind == TokenKind.Word && paragraph.Start + w.Start >= start && paragraph.Start + w.End <= end)
                    words.Add(Plain(w.Lower));
        }

        internal static string Plain(string lower) => lower.IndexOf('\u2019') < 0 ? lower : lower.Replace('\u2019', '\'');

        /// <summary>True when <paramref name="phrase"/> stands in <paramref name="words"/> as a run of whole words.</summary>
        internal static bool Holds(List<string> words, List<string> phrase)
        {
            for (int i = 0; i + phrase.Count <= words.Count; i++)
            {
                int j = 0;
                while (j < phrase.Count && words[i + j] == phrase[j]) j++;
                if (j == phrase.Count) return true;
            }
            return false;
        }
    }
}
