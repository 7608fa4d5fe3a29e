using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The envoy offered the ministry's “deepest regret”", "She conveyed his “heartfelt condolences” to the families", "The two
    /// leaders issued a joint statement offering their “deepest condolences”": a quotation in the object of a verb of
    /// expressing (expressed-feelings.txt, tag verb: "offered", "expressed", "voiced", "conveyed", "extended", "sent") that
    /// names a feeling or statement one expresses (tag feeling: "regret", "condolences", "concern", "apology", "support",
    /// "thanks") is the words of the verb's subject. The verb alone reports nothing ("offered a “generous” deal", "extended the
    /// “temporary” ban"), so the quotation must name the feeling itself.
    /// <para>
    /// Between the verb and the quotation stand only the words of the object before it, a determiner, a possessive, a name
    /// (at most <see cref="ObjectReach"/> tokens, no punctuation, nothing that opens a clause). A finite verb takes its own
    /// subject (not a passive: "was offered"); the -ing form after a comma or after a statement's noun takes the subject of
    /// the sentence that issues the statement ("The board issued a statement offering …", "…, offering “…”"), read after a
    /// label that ends in a colon ("From Washington overnight: …"). A relative
    /// pronoun, "it" or a generic subject gives nothing. Runs right before <see cref="FragmentOfSubject"/>, on the
    /// fragments every rule that reads a quotation's sentence left open.
    /// </para>
    /// </summary>
    internal sealed class ExpressedFeeling : QuotationRule
    {
        public override string Name => nameof(ExpressedFeeling);

        /// <summary>How many tokens of the object may stand between the verb and the quotation ("the department's", "the king's own").</summary>
        private const int ObjectReach = 5;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var facts = context.Facts(q);
            if (facts.Kind != QuoteKind.Partial || facts.Named || facts.TitleLike || facts.AtSentenceStart) return null;
            if (!NamesFeeling(q)) return null;
            var tk = q.Paragraph.Tokens;
            var (s0, _) = SentenceOf(q);
            for (int v = q.Token - 1; v > s0 && q.Token - v <= ObjectReach + 1; v--)
            {
                var t = tk[v];
                if (!t.IsWord || t.IsQuote) return null;
                if (t.IsLowerWord && Lexicon.IsExpressingVerb(t.Lower))
                    return CueLexicon.IsIngOfVerb(t) ? FromParticiple(context, q, tk, s0, v) : SubjectOfVerb.FromFiniteVerb(context, Name, q, tk, s0, v, notNegated: false);
                if (SubjectOfVerb.OpensClause(t)) return null;
            }
            return null;
        }

        /// <summary>Whether a word of the quotation is a noun of a feeling one expresses.</summary>
        private static bool NamesFeeling(QuotationRef q)
        {
            var p = q.Paragraph;
            foreach (var w in p.InnerTokens(p.QuotationIndexOf(p.Tokens[q.Token])))
                if (w.IsWord && Lexicon.IsExpressedFeeling(w.Lower)) return true;
            return false;
        }

        /// <summary>"X issued a statement offering “…”", "X called the families, offering “…”": the subject of the sentence.</summary>
        private FoundAttribution? FromParticiple(AttributionContext context, QuotationRef q, IReadOnlyList<Token> tk, int s0, int v)
        {
            var before = tk[v - 1];
            if (!before.Is(",") && !Lexicon.IsOrganisationWord(before.Text, OrganisationWordTag.Missive)) return null;
            var mp = context.MentionsFor(q.Paragraph);
            var m = ReportedSpeech.SentenceSubject(mp, tk, s0, v);
            // "From Washington overnight: the two ministers issued a statement offering …": a label before a colon is no subject
            if (m == null)
            {
                int a = s0;
                for (int k = s0; k < v; k++)
                    if (tk[k].Is(":")) a = k + 1;
                if (a > s0) m = ReportedSpeech.SentenceSubject(mp, tk, a, v);
            }
            return SubjectOfVerb.FromSentenceSubject(context, Name, q, tk, m, v);
        }
    }
}
