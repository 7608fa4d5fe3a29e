using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// X called Y a “pathological liar,” a “bully” and a “narcissist”: a quotation coordinated with the one
    /// before it in its sentence (only commas, "and", "or" and articles between) is the same speaker's,
    /// when that one's cue stands before it.
    /// </summary>
    internal sealed class QuoteInList : IContinuationRule
    {
        public string Name => nameof(QuoteInList);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var mate = ListMate(context, q);
            var a = mate == null ? null : context.AttributionOf(mate);
            if (a == null || a.Root.Place != CuePlace.Before) return null;
            return context.Continuing(Name, q, a);
        }

        /// <summary>The quotation of the same sentence right before <paramref name="q"/>, when only list words stand between them; else null.</summary>
        public static QuotationRef? ListMate(AttributionContext context, QuotationRef q)
        {
            if (q.Index == 0) return null;
            var mate = context.Document.Quotations[q.Index - 1];
            if (mate.Paragraph != q.Paragraph || mate.Sentence != q.Sentence) return null;
            var tk = q.Paragraph.Tokens;
            int words = 0;
            bool joined = QuotationFacts.EndsWithComma(mate.Text);
            for (int x = mate.Token + 1; x < q.Token; x++)
            {
                var t = tk[x];
                if (t.Is(",")) { joined = true; continue; }
                if (!t.IsWord || ++words > 3) return null;
                if (t.Has(WordClass.ListCoordinator)) joined = true;
                else if (!t.Has(WordClass.Article)) return null;
            }
            return joined ? mate : null;
        }
    }
}
