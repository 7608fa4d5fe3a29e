using System.Collections.Generic;
using System.Text;
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
            var words = Normalised(q.Paragraph.Tokens[q.Token].Text, 0, q.Paragraph.Tokens[q.Token].Text.Length, out int count);
            if (count < MinWords) return null;
            var text = context.Document.Document.SourceText;
            FoundAttribution? echo = null;
            foreach (var a in context.Found)
            {
                if (a.Paragraph.Section != ParagraphSection.Body || a.Root.Source == null) continue;
                var content = Normalised(text, a.Content.Start, a.Content.End, out _);
                if (content.IndexOf(words, System.StringComparison.Ordinal) < 0) continue;
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
        /// The letters and digits of text[start..end) lower-cased, each run of other characters one blank, with a blank at
        /// each end (so that a phrase is found only as whole words); <paramref name="count"/> is the number of words.
        /// </summary>
        private static string Normalised(string text, int start, int end, out int count)
        {
            var sb = new StringBuilder(end - start + 2);
            sb.Append(' ');
            count = 0;
            bool inWord = false;
            for (int i = start; i < end && i < text.Length; i++)
            {
                char c = text[i];
                // an apostrophe inside a word ("we're", "Pakistan’s") is part of it
                if (char.IsLetterOrDigit(c) || inWord && (c == '\'' || c == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1]))
                {
                    if (!inWord) count++;
                    sb.Append(char.ToLowerInvariant(c == '\u2019' ? '\'' : c));
                    inWord = true;
                }
                else if (inWord)
                {
                    sb.Append(' ');
                    inWord = false;
                }
            }
            if (inWord) sb.Append(' ');
            return sb.ToString();
        }
    }
}
