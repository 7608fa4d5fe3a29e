using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Sanders delivered a blunt retort: “No one is tearing this up.”", "She then addressed the crowd again: “…”":
    /// a whole statement right after the colon that ends a clause whose subject is a speaker and whose verb phrase,
    /// short and unbroken, has no reporting verb the other rules read. The quotation is the subject's words. Runs
    /// after every rule that reads a cue, so it only takes what they left open; a verb phrase that brings in another
    /// clause or someone else's words ("a message from her aide that read:") leaves the quotation open.
    /// </summary>
    internal sealed class SubjectColonQuote : QuotationRule
    {
        /// <summary>At most this many tokens between the subject and the colon.</summary>
        public const int VerbPhraseReach = 16;

        public override string Name => nameof(SubjectColonQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            var (s, _) = SentenceOf(q);
            int colon = q.Token - 1;
            if (colon <= s || !tk[colon].Is(":") || context.Facts(q).Kind != QuoteKind.Direct) return null;
            for (int x = s; x < colon; x++)
                if (tk[x].IsQuote) return null; // another quotation before the colon: its own attribution decides
            var clauses = context.ClausesFor(ap);
            // the sentence's subject, else that of the clause after its last comma ("Asked which county, he demurred:")
            var m = clauses.Subject(tk, s, colon);
            int from = m?.Next ?? colon;
            if (m == null)
            {
                int comma = colon - 1;
                while (comma > s && !tk[comma].Is(",")) comma--;
                if (comma <= s) return null;
                m = clauses.Subject(tk, comma + 1, colon);
                if (m == null) return null;
                from = m.Next;
            }
            // an aside between commas right after the subject ("Sanders, a senator from Vermont, retorted:")
            if (from < colon && tk[from].Is(","))
            {
                int c = from + 1;
                while (c < colon && !tk[c].Is(",")) c++;
                if (c >= colon) return null;
                from = c + 1;
            }
            if (from >= colon || colon - from > VerbPhraseReach || !tk[from].IsLowerWord) return null;
            for (int x = from; x < colon; x++)
            {
                var t = tk[x];
                if (t.Kind == TokenKind.Punct && !t.Is(".")) return null; // a comma, dash or bracket: another clause
                if (t.IsWord && Lexicon.Is(t.Lower, WordTag.ClauseBreak | WordTag.Relative | WordTag.Opener | WordTag.Relay | WordTag.Hearsay)) return null;
            }
            var cue = new CueMatch(tk[colon].Text, colon, colon + 1, null);
            return context.FromClause(Name, q, new Clause(m, cue, CuePlace.Before));
        }
    }
}
