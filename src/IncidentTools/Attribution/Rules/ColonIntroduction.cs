using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Samir Aziz spoke to reporters. He said:" and a paragraph that opens with a quotation: the
    /// quotation is the words of the subject of the introduction that ends the paragraph before. So is a
    /// statement that a release or a story presents, "The following is the statement of Gen. Jo Reyes:", "Here
    /// is the key passage from the harbour board's statement:" (<see cref="Clauses.PresentedStatement"/>): its
    /// issuer's words (and the paragraphs it runs on into, each opening a quotation that only the last closes, go on
    /// with them: <see cref="ContinuedQuote"/>).
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
            var clauses = context.ClausesFor(pp);
            var clause = clauses.ColonIntroduction(pp.Tokens, s, e) ?? clauses.PresentedStatement(pp.Tokens, s, e);
            if (clause == null) return null;
            if (QuotationFacts.StartsUpper(q.Text)) context.Facts(q).Kind = QuoteKind.Direct;
            return context.FromClause(Name, q, clause, pp);
        }
    }
}
