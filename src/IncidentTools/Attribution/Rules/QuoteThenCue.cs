using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The attribution right after the quotation: “…,” he said / “…,” said the minister / “…,” Jo Bell,
    /// the port's director, told reporters / “…,” according to the ministry; “… missing.” Trump said. (a
    /// sentence of nothing but the source and its cue right after a quotation that closed its own).
    /// </summary>
    internal sealed class QuoteThenCue : QuotationRule
    {
        public override string Name => nameof(QuoteThenCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var clauses = context.ClausesFor(q.Paragraph);
            var clause = clauses.FindAfter(TokensOf(q), q.Token, SentenceOf(q).End);
            // “… the emails that are missing.” Trump said.: the attribution as a sentence of its own
            if (clause == null && SentenceOf(q).End == q.Token + 1 && q.Sentence + 1 < q.Paragraph.Sentences.Count)
            {
                var (s, e) = q.Paragraph.Sentences[q.Sentence + 1];
                clause = clauses.FindAloneAfter(TokensOf(q), q.Token, s, e);
            }
            return From(context, q, clause);
        }
    }
}
