using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>"Said Smith: “…”", "Concluded the researchers, “…”": a sentence that opens with a capitalised reporting verb and goes on with its subject.</summary>
    internal sealed class InvertedIntroduction : QuotationRule
    {
        public override string Name => nameof(InvertedIntroduction);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).InvertedIntroduction(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
