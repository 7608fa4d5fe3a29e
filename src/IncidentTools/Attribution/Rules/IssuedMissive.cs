using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The harbour board issued a statement on Friday apologising to the fishermen. “We regret …”", and the same
    /// statement opening the next paragraph: a whole statement standing alone right after a sentence whose subject issues
    /// a missive (a verb of publishing, tagged publishing in words.txt, whose object is a document tagged missive in
    /// organisation-words.txt: "issued a statement", "released a letter", "posted a message") is the missive's words, its
    /// issuer's, when no rule found a speaker for it in its own sentence.
    /// <para>
    /// The subject opens its sentence (after any introduction) and is one who may speak (as for <see cref="ColonSubject"/>);
    /// the verb follows it (past an aside, auxiliaries and adverbs); the missive is the verb's object, after lower-case
    /// words only (not "cited a White House memo"), with no author of its own after it ("released a statement from Lund":
    /// Lund's words); that sentence holds no quotation. In the paragraph form the statement's paragraph attributes none of
    /// its quotations itself (“…” Then: “…,” Lund said. is Lund's).
    /// </para>
    /// </summary>
    internal sealed class IssuedMissive : IContinuationRule
    {
        /// <summary>How many words may stand between the verb and the missive ("issued a brief written statement").</summary>
        private const int MaxObjectWords = 4;

        public string Name => nameof(IssuedMissive);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var f = context.Facts(q);
            if (!f.StandsAlone || !f.AtSentenceStart || f.Kind != QuoteKind.Direct) return null;
            if (!ContinuationPass.SentenceBefore(context, q, out var sp, out int si)) return null;
            var subject = Issuer(context, sp, si, out int v, out _);
            if (subject == null) return null;
            var cue = new CueMatch(sp.Tokens[v].Text, v, v + 1, null);
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before), sp);
        }

        /// <summary>
        /// "The harbour board issued a statement on Friday …": the subject of the sentence when it issues a missive of its
        /// own (as the class says: a subject who may speak, a verb of publishing, a missive as its object with no author of
        /// its own after it), with the verb's and the missive's token; null otherwise. Read by this rule and by the speaker
        /// resolution of a later "the statement" or "it" (<see cref="SpeakerResolution"/>).
        /// </summary>
        internal static Mention? Issuer(AttributionContext context, AnalysedParagraph sp, int si, out int verb, out int missive)
        {
            verb = missive = -1;
            var (_, e) = sp.Sentences[si];
            var tk = sp.Tokens;
            var subject = context.SubjectOf(sp, si);
            if (subject == null || !ColonSubject.MaySpeak(subject)) return null;
            int v = Clauses.PastAside(tk, subject.Next, e);
            while (v < e && tk[v].IsLowerWord && tk[v].Has(WordTag.Auxiliary | WordTag.CueAdverb)) v++;
            if (v >= e || !tk[v].IsLowerWord || !tk[v].Has(WordGroup.Publishing) || CueLexicon.IsIngOfVerb(tk[v])) return null;
            int n = MissiveAfter(tk, v + 1, e);
            if (n < 0 || n + 1 < e && tk[n + 1].Has(WordClass.AuthorPreposition)) return null;
            verb = v;
            missive = n;
            return subject;
        }

        /// <summary>The missive that is the object starting at <paramref name="from"/>, after lower-case words only; -1 when none.</summary>
        private static int MissiveAfter(IReadOnlyList<Token> tk, int from, int end)
        {
            for (int k = from; k < end && k - from <= MaxObjectWords; k++)
            {
                if (!tk[k].IsLowerWord) return -1;
                if (Lexicon.IsOrganisationWord(tk[k].Text, OrganisationWordTag.Missive)) return k;
            }
            return -1;
        }
    }
}
