using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Samir Aziz spoke to reporters. He said:" and a paragraph that opens with a quotation: the
    /// quotation is the words of the subject of the introduction that ends the paragraph before.
    /// </summary>
    internal sealed class ColonIntroduction : IContinuationRule
    {
        public string Name => nameof(ColonIntroduction);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var ap = q.Paragraph;
            if (q.Token != 0 || ap.Index == 0) return null;
            var pp = context.Document.Paragraphs[ap.Index - 1];
            if (pp.Section != ap.Section || pp.Sentences.Count == 0) return null;
            int lastSentence = pp.Sentences.Count - 1;
            foreach (var x in context.Document.QuotationsOf(pp))
                if (x.Sentence >= lastSentence) return null; // the introduction's own sentence holds a quotation
            var (s, e) = pp.Sentences[lastSentence];
            var clause = context.ClausesFor(pp).ColonIntroduction(pp.Tokens, s, e);
            if (clause == null) return null;
            if (QuotationFacts.StartsUpper(q.Text)) context.Facts(q).Kind = QuoteKind.Direct;
            return context.FromClause(Name, q, clause, pp);
        }
    }
}
