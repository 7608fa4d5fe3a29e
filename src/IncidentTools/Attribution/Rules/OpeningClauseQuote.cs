using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "After Reyes said that the crews might do better on “a smaller boat,” Lund said …", "Even as the mayor claimed
    /// that the port was “in fine shape,” the board …", "When a heckler shouted, “Sink it,” Lund laughed": a quotation
    /// that closes a subordinate clause opening the sentence, or stands in it with only words of the clause after it up to
    /// the clause's comma ("Though Reyes said it caused a “handful of delays” last winter, Lund said …"), whose own subject
    /// and verb of speech stand before it, is that subject's, not the main clause's that follows it (an attribution right
    /// after the quotation, or at the end of the sentence, reads as its own, but it is the main clause's verb). Nothing may break the subordinate clause between its verb and the
    /// quotation: no comma (but the one that introduces the quotation), semicolon, colon, dash or other quotation (but an
    /// earlier one of a list joined by "and" or "or": "as the mayor went on about “…” and “…,” Lund said"). The subordinate
    /// clause may also follow a comma and "and" or "but" ("…, and as the mayor said “…,” Lund …").
    /// Runs before <see cref="QuoteThenCue"/>.
    /// </summary>
    internal sealed class OpeningClauseQuote : QuotationRule
    {
        public override string Name => nameof(OpeningClauseQuote);

        /// <summary>How many tokens the subordinate clause may run from its verb to the quotation.</summary>
        private const int ClauseReach = 30;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s0, s1) = SentenceOf(q);
            int qt = q.Token;
            // “…” and “…,”: the last quotation of a list joined by "and" or "or" closes the clause for them all
            int last = qt;
            while (last + 2 < s1 && tk[last + 1].IsLowerWord && tk[last + 1].Has(WordClass.ListCoordinator) && tk[last + 2].IsQuote) last += 2;
            int after = MainClauseAfter(tk, last, s1);
            if (after < 0) return null;
            int s = OpeningSubordinator(tk, s0, qt);
            if (s < 0) s = CoordinatedSubordinator(tk, s0, qt);
            if (s < 0) return null;
            var mp = context.MentionsFor(q.Paragraph);
            var m = mp.Parse(tk, s + 1, qt, inverted: false);
            if (m == null || m.Start != s + 1 || m.Next >= qt) return null;
            var cue = mp.ParseCue(tk, m.Next, qt, allowAdverbs: true);
            if (cue?.Verb == null || !cue.Verb.States || cue.Verb.Use == CueUse.After || qt - cue.End > ClauseReach) return null;
            for (int i = cue.End; i < qt; i++)
            {
                var t = tk[i];
                if (t.Is(",") && i == cue.End && i == qt - 1) continue;
                // "went on about “…” and “…,”": an earlier quotation of a list the cue takes, joined to the next by "and" or "or"
                if (t.IsQuote && i + 1 < qt && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordClass.ListCoordinator))
                {
                    i++;
                    continue;
                }
                if (t.IsQuote || t.Kind == TokenKind.Punct && !t.Is(".")) return null;
            }
            return context.FromClause(Name, q, new Clause(m, cue, CuePlace.Before));
        }

        /// <summary>How many tokens of its clause may follow the quotation before the comma that ends the clause.</summary>
        private const int TailReach = 12;

        /// <summary>
        /// The first token of the main clause after the subordinate clause whose quotation ends at <paramref name="last"/>, or -1.
        /// The quotation closes the clause with its comma (“…,” or “…”,), or the clause goes on past it in words alone up to
        /// its comma ("After Lund said it caused a “handful of delays” last winter, Reyes …"): no other quotation, no other
        /// punctuation and no verb of saying of another report before that comma. A word must follow the comma.
        /// </summary>
        private static int MainClauseAfter(System.Collections.Generic.IReadOnlyList<Token> tk, int last, int s1)
        {
            int after = -1;
            if (last + 1 < s1 && tk[last + 1].Is(",")) after = last + 2;
            else if (QuotationFacts.EndsWithComma(tk[last].Text)) after = last + 1;
            else
                for (int k = last + 1; k < s1 && k - last <= TailReach; k++)
                {
                    var t = tk[k];
                    if (t.Is(",")) { after = k + 1; break; }
                    if (!t.IsWord || t.IsLowerWord && t.CueVerb is { } v && v.States && !v.Has(VerbTag.Noun)) return -1;
                }
            return after > 0 && after < s1 && tk[after].IsWord ? after : -1;
        }

        /// <summary>
        /// "Lund was tired, and as the mayor went on about “…,” Reyes said yes": the subordinator right after a comma and a
        /// coordinator of clauses ("and", "but") before the quotation at <paramref name="qt"/>, the last one there; -1 when none.
        /// Its clause opens a sentence of its own after the coordinator, as one that opens the writer's sentence.
        /// </summary>
        private static int CoordinatedSubordinator(System.Collections.Generic.IReadOnlyList<Token> tk, int s0, int qt)
        {
            for (int k = qt - 2; k > s0 + 1; k--)
                if (tk[k].IsLowerWord && tk[k].Has(WordTag.Subordinator) && tk[k - 1].IsLowerWord && tk[k - 1].Has(WordClass.ClauseCoordinator) && tk[k - 2].Is(","))
                    return k;
            return -1;
        }

        /// <summary>
        /// The subordinator that opens the sentence at <paramref name="s"/> ("When", "After"), after its connectives ("But
        /// after") and one word that modifies it ("Even as", "Just as", "Shortly after": a word that is no verb before a
        /// subordinator in lower case); -1 when the sentence opens otherwise.
        /// </summary>
        private static int OpeningSubordinator(System.Collections.Generic.IReadOnlyList<Token> tk, int s, int qt)
        {
            while (s < qt && tk[s].IsWord && tk[s].Has(WordTag.Intro) && !tk[s].Has(WordTag.Subordinator)) s++;
            if (s + 1 < qt && tk[s].IsWord && !tk[s].Has(WordTag.Subordinator) && tk[s].CueVerb == null && !tk[s].IsVerbForm &&
                tk[s + 1].IsLowerWord && tk[s + 1].Has(WordTag.Subordinator))
                s++;
            return s + 1 < qt && tk[s].IsWord && tk[s].Has(WordTag.Subordinator) ? s : -1;
        }
    }
}
