using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “A,” he said. But “B.” / Instead, “b.”: a quotation that ends the sentence right after an attributed
    /// quotation's, with nothing before it but a connective ("But", "Still,", "Then,"), goes on in the same
    /// voice: it is the same speaker's.
    /// </summary>
    internal sealed class ConnectedQuote : IContinuationRule
    {
        /// <summary>At most this many tokens (connectives and commas) before the quotation in its sentence.</summary>
        public const int ConnectiveReach = 3;

        public string Name => nameof(ConnectedQuote);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || q.Sentence != previous.Sentence + 1) return null;
            var prev = context.AttributionOf(previous);
            if (prev == null) return null;
            var tk = q.Paragraph.Tokens;
            var (s, e) = q.Paragraph.Sentences[q.Sentence];
            if (q.Token - s > ConnectiveReach) return null;
            bool connected = false;
            for (int x = s; x < q.Token; x++)
            {
                if (tk[x].Is(",")) continue;
                if (!tk[x].IsWord || !tk[x].Has(WordTag.Connective)) return null;
                connected = true;
            }
            if (!connected) return null;
            for (int x = q.Token + 1; x < e; x++)
                if (tk[x].Kind != TokenKind.Punct) return null; // the writer's words after it: a sentence of its own
            var f = context.Facts(q);
            if (context.Facts(previous).Kind == QuoteKind.Direct && QuotationFacts.StartsUpper(q.Text)) f.Kind = QuoteKind.Direct;
            return context.Continuing(Name, q, prev);
        }
    }
}
