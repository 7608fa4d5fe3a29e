using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// X called them “fools” who “want to start a war”, called the mayor a “liar” who was not “honorable”: a quotation
    /// in the relative clause that describes the one a quotation before it (same sentence, its cue before it) names is
    /// the same speaker's. Between them only "who", "that" or "which", a form of "be" or "have", "not" and at most two
    /// more words, no other punctuation than a comma after the first quotation.
    /// </summary>
    internal sealed class QuoteInRelative : IContinuationRule
    {
        public string Name => nameof(QuoteInRelative);

        /// <summary>How many words the relative clause may hold before the quotation.</summary>
        private const int MaxWords = 4;

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || previous.Sentence != q.Sentence || previous.Index != q.Index - 1) return null;
            var a = context.AttributionOf(previous);
            if (a == null || a.Root.Place != CuePlace.Before) return null;
            var tk = q.Paragraph.Tokens;
            int x = previous.Token + 1;
            if (x < q.Token && tk[x].Is(",")) x++;
            if (x >= q.Token || !tk[x].IsLowerWord || !tk[x].Has(WordClass.RelativePronoun)) return null;
            if (q.Token - x - 1 > MaxWords) return null;
            for (int k = x + 1; k < q.Token; k++)
            {
                var t = tk[k];
                // "who was not", "that are", "who has been": a copula or an auxiliary and its negation, nothing that names another speaker
                if (!t.IsLowerWord || MentionParser.IsPronoun(t.Lower) || t.IsVerbForm) return null;
                if (!(t.Has(WordTag.Auxiliary | WordTag.Negation | WordTag.Finite) || CueLexicon.IsLyAdverb(t))) return null;
            }
            return context.Continuing(Name, q, a);
        }
    }
}
