using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>"The union blasted the plan, saying “…”", "The ministry released a statement saying “…”": a participle of speech takes the sentence's subject.</summary>
    internal sealed class ParticipleCue : QuotationRule
    {
        public override string Name => nameof(ParticipleCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).ParticipleBefore(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
