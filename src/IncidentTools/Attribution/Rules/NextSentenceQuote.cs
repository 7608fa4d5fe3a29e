using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “A,” he said. “B.”: a quotation that stands as its own sentence right after the sentence of an
    /// attributed quotation of the same paragraph is the same speaker's. So is a whole statement that opens
    /// the sentence and is followed only by the writer's words after a dash, with no reporting verb and no
    /// name in them (“A,” said Jo Bell. “B” - hoping to win the vote.). When the rest of the earlier sentence gives the turn
    /// to another speaker (“A,” Lund said, and her husband cut in. “B”), the quotation is that speaker's.
    /// </summary>
    internal sealed class NextSentenceQuote : IContinuationRule
    {
        public string Name => nameof(NextSentenceQuote);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null) return null;
            var prev = context.AttributionOf(previous);
            var f = context.Facts(q);
            var pf = context.Facts(previous);
            bool same = q.Sentence == previous.Sentence;
            if (prev == null || !f.AtSentenceStart || q.Sentence - previous.Sentence > 1 || !(f.StandsAlone || same || WritersTail(q) && f.Kind == QuoteKind.Direct)) return null;
            if (!(f.Kind == QuoteKind.Direct || same || pf.Kind == QuoteKind.Direct && QuotationFacts.StartsUpper(q.Text))) return null;
            // "“…,” Lund said, and her husband cut in. “…”": another speaker takes the turn after the previous quotation
            if (!same && AnotherTurn(context, previous) is { } turn) return context.FromClause(Name, q, turn, previous.Paragraph);
            if (pf.Kind == QuoteKind.Direct) f.Kind = QuoteKind.Direct;
            return context.Continuing(Name, q, prev);
        }

        /// <summary>The clause in the rest of the previous quotation's sentence that gives the turn to another speaker ("…, and her husband cut in."), or null.</summary>
        internal static Clause? AnotherTurn(AttributionContext context, QuotationRef previous)
        {
            var tk = previous.Paragraph.Tokens;
            int end = previous.Paragraph.Sentences[previous.Sentence].End;
            return context.ClausesFor(previous.Paragraph).TurnOfAnotherSpeaker(tk, previous.Token + 1, end);
        }

        /// <summary>
        /// The rest of the quotation's sentence is the writer's words after a dash: no reporting verb (no one else's
        /// words are reported) and no capitalised word (no one else is named), quotations none.
        /// </summary>
        private static bool WritersTail(QuotationRef q)
        {
            var tk = q.Paragraph.Tokens;
            int end = q.Paragraph.Sentences[q.Sentence].End;
            int k = q.Token + 1;
            if (k + 1 >= end || !tk[k].IsDash) return false;
            for (int x = k + 1; x < end; x++)
            {
                var t = tk[x];
                if (t.IsQuote || t.IsCapitalized || t.IsWord && t.CueVerb != null) return false;
            }
            return true;
        }
    }
}
