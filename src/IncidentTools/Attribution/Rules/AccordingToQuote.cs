using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "According to Reyes, the storm caused “serious damage”": the nearest "according to X" before the quotation in its sentence.
    /// When the phrase opens the sentence and a reporting clause follows its comma ("According to the paper, he said … “…”", a
    /// press digest's form), X is only the channel: the quotation is the words of that clause's subject
    /// (<see cref="Clauses.ReportingClauseAfterAccordingTo"/>).
    /// </summary>
    internal sealed class AccordingToQuote : QuotationRule
    {
        public override string Name => nameof(AccordingToQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var clauses = context.ClausesFor(q.Paragraph);
            int start = SentenceOf(q).Start;
            var according = clauses.AccordingToBefore(TokensOf(q), q.Token, start);
            if (according == null) return null;
            return From(context, q, clauses.ReportingClauseAfterAccordingTo(TokensOf(q), according, q.Token, start) ?? according);
        }
    }
}
