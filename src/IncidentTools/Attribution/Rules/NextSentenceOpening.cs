using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “The pumps are failing,” Reyes said. “They have not been serviced since 2019” because of the budget.:
    /// a whole statement that opens the sentence right after the sentence of an attributed statement of its
    /// paragraph, and that the writer finishes with a phrase of their own, is the same speaker's. Nothing after
    /// it may bring in another speaker: no quotation, no reporting or finite verb ("… was Reyes's motto"), no
    /// subject pronoun (but "it", mostly an object there).
    /// </summary>
    internal sealed class NextSentenceOpening : IContinuationRule
    {
        public string Name => nameof(NextSentenceOpening);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || q.Sentence != previous.Sentence + 1) return null;
            var prev = context.AttributionOf(previous);
            var f = context.Facts(q);
            if (prev == null || f.StandsAlone || !f.AtSentenceStart || f.Kind != QuoteKind.Direct || context.Facts(previous).Kind != QuoteKind.Direct) return null;
            var tk = q.Paragraph.Tokens;
            int end = q.Paragraph.Sentences[q.Sentence].End;
            for (int x = q.Token + 1; x < end; x++)
            {
                var t = tk[x];
                if (t.IsQuote || t.Is(":") || t.Is(";")) return null;
                if (!t.IsWord) continue;
                if (t.Has(WordTag.Finite)) return null;
                // a reporting verb, unless an infinitive of the writer's phrase ("… yet” to support him")
                if (t.IsVerbForm && !(tk[x - 1].IsWord && tk[x - 1].Has(WordGroup.InfinitiveMarker))) return null;
                if (CueLexicon.IsSubjectPronounNotIt(t)) return null;
            }
            return context.Continuing(Name, q, prev);
        }
    }
}
