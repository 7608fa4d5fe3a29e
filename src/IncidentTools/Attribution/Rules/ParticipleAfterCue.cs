using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “We do not see a link,” the mayor said, adding that it would take “more hours”: a participle of
    /// speech right after the attribution of the quotation before it (same sentence) goes on with that
    /// speaker's words, up to the next quotation.
    /// </summary>
    internal sealed class ParticipleAfterCue : IContinuationRule
    {
        public string Name => nameof(ParticipleAfterCue);

        /// <summary>How many tokens after the attribution's clause may stand before the comma of the participle ("said Friday, adding").</summary>
        private const int CommaReach = 4;

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || previous.Sentence != q.Sentence) return null;
            var prev = context.AttributionOf(previous);
            if (prev == null || prev.ContinuesFrom != null || prev.Place != CuePlace.After || prev.Source == null || prev.CueWords == null || prev.SourceParagraph != q.Paragraph) return null;
            var tk = q.Paragraph.Tokens;
            int end = System.Math.Max(prev.CueWords.End, prev.Source.Next);
            // the attribution's clause, a comma, then the participle: "…, the mayor said Friday, adding that …"
            int p = end;
            while (p < q.Token && p - end < CommaReach && !tk[p].Is(",")) p++;
            if (p + 1 >= q.Token || !tk[p].Is(",")) return null;
            var verb = tk[p + 1].IsLowerWord ? tk[p + 1].CueVerb : null;
            if (verb == null || !verb.IsParticiple || !verb.States) return null;
            // "pointing at the sign": a preposition after it makes the participle no verb of speech
            if (p + 2 < q.Token && tk[p + 2].IsWord && !tk[p + 2].Has(WordGroup.Complementizer) && tk[p + 2].Has(WordTag.NpStop) && !tk[p + 2].Has(WordTag.Pronoun)) return null;
            for (int x = p + 2; x < q.Token; x++)
                if (tk[x].IsQuote || tk[x].Is(";")) return null;
            return context.Continuing(Name, q, prev);
        }
    }
}
