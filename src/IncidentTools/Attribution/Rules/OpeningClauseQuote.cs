using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "After Reyes said that the crews might do better on “a smaller boat,” Lund said …", "Even as the mayor claimed
    /// that the port was “in fine shape,” the board …", "When a heckler shouted, “Sink it,” Lund laughed": a quotation
    /// that closes a subordinate clause opening the sentence, whose own subject and verb of speech stand before it, is
    /// that subject's, not the main clause's that follows it (an attribution right after the quotation reads as its
    /// own, but it is the main clause's verb). Nothing may break the subordinate clause between its verb and the
    /// quotation: no comma (but the one that introduces the quotation), semicolon, colon, dash or other quotation.
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
            // the quotation closes the clause with its comma (“…,” or “…”,) and a main clause follows
            int after = qt + 1 < s1 && tk[qt + 1].Is(",") ? qt + 2 : qt + 1;
            if (after == qt + 1 && !QuotationFacts.EndsWithComma(tk[qt].Text)) return null;
            if (after >= s1 || !tk[after].IsWord) return null;
            int s = OpeningSubordinator(tk, s0, qt);
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
                if (t.IsQuote || t.Kind == TokenKind.Punct && !t.Is(".")) return null;
            }
            return context.FromClause(Name, q, new Clause(m, cue, CuePlace.Before));
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
