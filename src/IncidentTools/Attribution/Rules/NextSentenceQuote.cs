using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “A,” he said. “B.”: a quotation that stands as its own sentence right after the sentence of an
    /// attributed quotation of the same paragraph is the same speaker's.
    /// </summary>
    internal sealed class NextSentenceQuote : IContinuationRule
    {
        public string Name => nameof(NextSentenceQuote);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null) return null;
            var prev = context.AttributionOf(previous);
            var f = context.Facts(q);
            var pf = context.Facts(previous);
            bool same = q.Sentence == previous.Sentence;
            if (prev == null || !f.AtSentenceStart || q.Sentence - previous.Sentence > 1 || !(f.StandsAlone || same)) return null;
            if (!(f.Kind == QuoteKind.Direct || same || pf.Kind == QuoteKind.Direct && QuotationFacts.StartsUpper(q.Text))) return null;
            if (pf.Kind == QuoteKind.Direct) f.Kind = QuoteKind.Direct;
            return context.Continuing(Name, q, prev);
        }
    }
}
