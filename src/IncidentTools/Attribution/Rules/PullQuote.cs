using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A pull quote: a body paragraph that is one quotation and nothing else, left open by every other rule, whose
    /// sentences repeat words the body gives to one speaker ("“The port will never close.”" set off between paragraphs,
    /// with "“The port will never close,” Lund said." further on). Each of its sentences of at least
    /// <see cref="MinSentenceWords"/> words must stand, as a run of whole words (read as <see cref="HeadlineEcho"/> reads them), in the words of an attribution of
    /// that one speaker (a quotation and the quotations continuing it), and the sentences so found must hold at least
    /// <see cref="MinWords"/> words; a sentence found in no attribution, or in those of two speakers, leaves it open.
    /// </summary>
    internal sealed class PullQuote : QuotationRule
    {
        /// <summary>A sentence of fewer words ("“Never.”") is too short to say whose words it repeats.</summary>
        private const int MinSentenceWords = 3;

        /// <summary>A pull quote of fewer words in all is too short to be told from a slogan or a stock phrase.</summary>
        private const int MinWords = 6;

        public override string Name => nameof(PullQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            if (!IsWholeParagraph(q)) return null;
            var sentences = SentencesOf(q);
            var content = new List<string>();
            FoundAttribution? echo = null;
            int found = 0;
            foreach (var words in sentences)
            {
                if (words.Count < MinSentenceWords) continue;
                FoundAttribution? holder = null;
                foreach (var a in context.Found)
                {
                    if (a.Paragraph.Section != ParagraphSection.Body || a.Root.Source == null) continue;
                    // (its own earlier copy: a pull quote is no speaker of itself)
                    if (ReferenceEquals(a.Paragraph, q.Paragraph)) continue;
                    content.Clear();
                    HeadlineEcho.ContentWords(context.Document, a, content);
                    if (!HeadlineEcho.Holds(content, words)) continue;
                    if (holder != null && !ReferenceEquals(holder.Root, a.Root)) return null;
                    holder ??= a;
                }
                if (holder == null) return null;
                if (echo != null && !ReferenceEquals(echo.Root, holder.Root)) return null;
                echo ??= holder;
                found += words.Count;
            }
            return echo == null || found < MinWords ? null : context.Continuing(Name, q, echo);
        }

        /// <summary>True when the quotation is a body paragraph and the whole of it, marks of punctuation aside.</summary>
        private static bool IsWholeParagraph(QuotationRef q)
        {
            if (q.Paragraph.Section != ParagraphSection.Body) return false;
            var tk = q.Paragraph.Tokens;
            for (int i = 0; i < tk.Count; i++)
                if (i != q.Token && tk[i].Kind != TokenKind.Punct) return false;
            return true;
        }

        /// <summary>The quotation's words (as <see cref="HeadlineEcho"/> reads them), one list a sentence: cut at ".", "?" and "!".</summary>
        private static List<List<string>> SentencesOf(QuotationRef q)
        {
            var all = new List<List<string>> { new List<string>() };
            var ap = q.Paragraph;
            foreach (var w in ap.InnerTokens(ap.QuotationIndexOf(ap.Tokens[q.Token])))
            {
                if (w.Kind == TokenKind.Word) all[all.Count - 1].Add(HeadlineEcho.Plain(w.Lower));
                else if (w.Kind == TokenKind.Punct && (w.Is(".") || w.Is("?") || w.Is("!")) && all[all.Count - 1].Count > 0) all.Add(new List<string>());
            }
            return all;
        }
    }
}
