using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>"According to Reyes, the storm caused “serious damage”": the nearest "according to X" before the quotation in its sentence.</summary>
    internal sealed class AccordingToQuote : QuotationRule
    {
        public override string Name => nameof(AccordingToQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).AccordingToBefore(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
