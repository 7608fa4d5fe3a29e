using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>“Fraudulent practices,” said Fleming, “can be hard to detect.”: the rest of a quotation broken by its attribution.</summary>
    internal sealed class SplitQuote : IContinuationRule
    {
        public string Name => nameof(SplitQuote);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || previous.Sentence != q.Sentence || q.Token < 1) return null;
            var prev = context.AttributionOf(previous);
            if (prev == null || prev.ContinuesFrom != null || prev.Place != CuePlace.After || prev.Source == null || prev.CueWords == null || prev.SourceParagraph != q.Paragraph) return null;
            var tk = q.Paragraph.Tokens;
            if (!tk[q.Token - 1].Is(",") || System.Math.Max(prev.CueWords.End, prev.Source.Next) < q.Token - 1) return null;
            if (context.Facts(previous).Kind == QuoteKind.Direct) context.Facts(q).Kind = QuoteKind.Direct;
            return context.Continuing(Name, q, prev);
        }
    }
}
