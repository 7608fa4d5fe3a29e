using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>"Reporters learned from a port official that “…”": a verb of hearing with "from X" before the quotation.</summary>
    internal sealed class HeardFrom : QuotationRule
    {
        public override string Name => nameof(HeardFrom);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).HeardFrom(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
