using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The council voted the plan down, with Mayor Ada Lund calling it “a disgrace”": in the absolute construction
    /// "with" + noun phrase + participle of saying, the noun phrase is the source of the quotation the participle's phrase holds.
    /// </summary>
    internal sealed class WithParticiple : QuotationRule
    {
        public override string Name => nameof(WithParticiple);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).WithParticipleBefore(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
