using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A quotation that reads like a title (“Tidewater Nights”, “Miss Piggy”: a few capitalised words,
    /// no sentence) and has no attribution of its own right after it is a title or a name, nobody's words.
    /// </summary>
    internal sealed class TitleQuotation : QuotationRule
    {
        public override string Name => nameof(TitleQuotation);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            if (context.Facts(q).TitleLike) context.Exclude(q, Name);
            return null;
        }
    }
}
