using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A quotation right after a naming word or the noun of a work is a name or a term, nobody's
    /// words: "a film called “Tidewater Nights”", "the so-called “blue line”", "the word “run”",
    /// "known as “the Spine”".
    /// </summary>
    internal sealed class NamedQuotation : QuotationRule
    {
        public override string Name => nameof(NamedQuotation);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            if (context.Facts(q).Named) context.Exclude(q, Name);
            return null;
        }
    }
}
