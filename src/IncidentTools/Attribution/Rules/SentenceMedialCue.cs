using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “You squeezed employees to the breaking point” to drive up the price, she said, referencing the
    /// bank's sales drive: the reporting clause between commas after the quotation, when nothing before
    /// the quotation or at the end of its sentence attributes it.
    /// </summary>
    internal sealed class SentenceMedialCue : QuotationRule
    {
        public override string Name => nameof(SentenceMedialCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).FindMedial(TokensOf(q), q.Token, SentenceOf(q).End));
    }
}
