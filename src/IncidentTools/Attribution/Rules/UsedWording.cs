using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Lund has used the phrase “harbour tax” often", "The mayor coined a new term, “dead port,” for it", "Reyes spoke for an
    /// hour, repeating the slogan “Save the pier”": a quotation right after a noun of words (tagged wording in words.txt:
    /// "term", "phrase", "word", "slogan", "mantra") that is the object of a verb of using or coining a phrase
    /// (wording-verbs.txt: "used", "coined", "adopted", "invoked", "repeated", "uttered") is the verb's subject's words. The
    /// noun sets the quotation aside as a term, and the verb reports no speech, so no other rule reads it.
    /// <para>
    /// Between the verb and the noun stand only a few words in lower case (a determiner, an adjective: at most
    /// <see cref="ObjectReach"/>), nothing that opens a clause; a comma may stand between the noun and the quotation. A
    /// finite verb takes its own subject, unless it is a passive or negated ("was used", "has never used") or the
    /// infinitive of another verb; the -ing form after a comma takes the subject of the sentence. A relative pronoun, "it"
    /// or a generic subject gives nothing. Runs right after <see cref="NamingVerb"/>, before the rules that set terms aside.
    /// </para>
    /// </summary>
    internal sealed class UsedWording : QuotationRule
    {
        public override string Name => nameof(UsedWording);

        /// <summary>How many words may stand between the verb and the noun of words ("the same loaded").</summary>
        private const int ObjectReach = 3;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = q.Paragraph.Tokens;
            var (s0, _) = SentenceOf(q);
            int n = q.Token - 1;
            if (n > s0 && tk[n].Is(",")) n--;
            if (n <= s0 || !tk[n].IsLowerWord || !tk[n].Has(WordTag.Wording)) return null;
            for (int v = n - 1; v >= s0 && n - v <= ObjectReach + 1; v--)
            {
                var t = tk[v];
                if (!t.IsLowerWord) return null;
                if (Lexicon.IsWordingVerb(t.Lower))
                    return CueLexicon.IsIngOfVerb(t) ? FromParticiple(context, q, tk, s0, v) : SubjectOfVerb.FromFiniteVerb(context, Name, q, tk, s0, v, notNegated: true);
                if (SubjectOfVerb.OpensClause(t)) return null;
            }
            return null;
        }

        /// <summary>"X spoke for an hour, repeating the slogan “…”": the subject of the sentence, the participle after a comma.</summary>
        private FoundAttribution? FromParticiple(AttributionContext context, QuotationRef q, IReadOnlyList<Token> tk, int s0, int v)
        {
            if (v - 1 <= s0 || !tk[v - 1].Is(",")) return null;
            return SubjectOfVerb.FromSentenceSubject(context, Name, q, tk, ReportedSpeech.SentenceSubject(context.MentionsFor(q.Paragraph), tk, s0, v), v);
        }
    }
}
