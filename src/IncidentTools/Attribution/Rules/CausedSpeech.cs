using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The tally prompted the Harbour Almanac to state, “…”", "…, leading aides like Jo Bell to counter that “…”": the object of a
    /// verb of causing, before an infinitive of saying, says the quotation; the sentence's subject is only what made it speak.
    /// </summary>
    internal sealed class CausedSpeech : QuotationRule
    {
        public override string Name => nameof(CausedSpeech);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q) =>
            From(context, q, context.ClausesFor(q.Paragraph).CausedSpeech(TokensOf(q), q.Token, SentenceOf(q).Start));
    }
}
