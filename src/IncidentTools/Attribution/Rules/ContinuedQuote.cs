using IncidentTools.Text;
using System.Linq;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A paragraph that opens with a quotation without attributing it continues the speaker of the
    /// paragraph before: a quotation that ran on unclosed into this paragraph, or a new paragraph of
    /// the same speaker's words, standing alone, after one whose last sentence attributes a quotation to them.
    /// </summary>
    internal sealed class ContinuedQuote : IContinuationRule
    {
        public string Name => nameof(ContinuedQuote);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var ap = q.Paragraph;
            if (q.Token != 0 || ap.Index == 0) return null;
            var pp = context.Document.Paragraphs[ap.Index - 1];
            if (pp.Section != ap.Section) return null;
            var last = context.Document.QuotationsOf(pp).LastOrDefault();
            if (last == null) return null;
            var lastAttribution = context.AttributionOf(last);
            var f = context.Facts(q);
            var lf = context.Facts(last);
            if (lf.RunsOn)
            {
                // “… the quay was lost. / “By dawn …”: one quotation over two paragraphs
                if (lf.Kind == QuoteKind.Direct) f.Kind = QuoteKind.Direct;
                return lastAttribution == null ? null : context.Continuing(Name, q, lastAttribution);
            }
            // the paragraph before ends with an attributed quotation ("… “who understand the times,” Clinton said.")
            if (lastAttribution == null || last.Sentence < pp.Sentences.Count - 1) return null;
            // “… they still go on with it.”: a statement cut at its start is a whole statement too
            if (!(f.Kind == QuoteKind.Direct || QuotationFacts.OpensWithEllipsis(q.Text)) || !f.StandsAlone) return null;
            // ‘Worth the wait.’ alone in single marks: a subhead that quotes the section, nobody's new words
            if (q.Span.Single && ap.Sentences.Count == 1) return null;
            // "Kevin was snoring. (never closed, to the paragraph's end) after “…,” she said.: an excerpt's paragraph,
            // not more of her words
            if (f.RunsOn) return null;
            if (context.Document.QuotationsOf(ap).Any(context.IsAttributed)) return null;
            f.Kind = QuoteKind.Direct;
            return context.Continuing(Name, q, lastAttribution);
        }
    }
}
