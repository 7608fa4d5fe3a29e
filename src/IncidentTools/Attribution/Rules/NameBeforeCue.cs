using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>"This week Ed told the magazine “…”", "In a note to staff he said: “…”": a sentence that does not open with its subject; the name (or he/she) right before its first speech verb.</summary>
    internal sealed class NameBeforeCue : QuotationRule
    {
        public override string Name => nameof(NameBeforeCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).NameBeforeCue(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
