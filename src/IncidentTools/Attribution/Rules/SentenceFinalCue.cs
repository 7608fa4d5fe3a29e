using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>The attribution that closes the quotation's sentence: "The crews answered with a “show of strength,” sending tugs out, Reyes said."</summary>
    internal sealed class SentenceFinalCue : QuotationRule
    {
        public override string Name => nameof(SentenceFinalCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).FindAtSentenceEnd(TokensOf(q), q.Token, SentenceOf(q).End));
    }
}
