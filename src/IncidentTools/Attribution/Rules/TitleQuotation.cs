using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A quotation that reads like a title (“Tidewater Nights”, “Miss Piggy”: a few capitalised words,
    /// no sentence) and has no attribution of its own right after it is a title or a name, nobody's words;
    /// except a closed sentence standing alone right after the sentence of an attributed statement of its
    /// paragraph ("“… to do that,” said Wilson. “That’s Jeb Bush and Marco Rubio.”"), which the speaker goes on with.
    /// </summary>
    internal sealed class TitleQuotation : QuotationRule
    {
        public override string Name => nameof(TitleQuotation);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var f = context.Facts(q);
            if (f.TitleLike && !GoesOn(context, q, f)) context.Exclude(q, Name);
            return null;
        }

        private static bool GoesOn(AttributionContext context, QuotationRef q, QuotationFacts f)
        {
            if (!f.StandsAlone || q.Index == 0 || !EndsSentence(q.Text)) return false;
            var previous = context.Document.Quotations[q.Index - 1];
            return previous.Paragraph == q.Paragraph && previous.Sentence == q.Sentence - 1 &&
                   context.IsAttributed(previous) && context.Facts(previous).Kind == QuoteKind.Direct;
        }

        private static bool EndsSentence(string text)
        {
            var t = text.TrimEnd(' ', '’', '\'');
            return t.Length > 0 && (t[t.Length - 1] == '.' || t[t.Length - 1] == '!' || t[t.Length - 1] == '?');
        }
    }
}
