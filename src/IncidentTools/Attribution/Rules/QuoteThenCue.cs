using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The attribution right after the quotation: “…,” he said / “…,” said the minister / “…,” Jo Bell,
    /// the port's director, told reporters / “…,” according to the ministry.
    /// </summary>
    internal sealed class QuoteThenCue : QuotationRule
    {
        public override string Name => nameof(QuoteThenCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).FindAfter(TokensOf(q), q.Token, SentenceOf(q).End));
    }
}
