using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The ad uses footage of Jo Bell asking, “Why not?”": a person's name right before the participle of
    /// speech that introduces the quotation is its speaker, before the sentence's own subject.
    /// </summary>
    internal sealed class NameThenParticiple : QuotationRule
    {
        public override string Name => nameof(NameThenParticiple);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).NameThenParticiple(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
