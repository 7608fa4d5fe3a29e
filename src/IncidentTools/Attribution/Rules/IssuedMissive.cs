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
    /// its quotations itself (“…” Then: “…,” Lund said. is Lund's). The statement may also end the issuing sentence
    /// itself, after the comma that closes its clause, when the missive ends that clause (a time word aside): "Right
    /// after the storm, Ortiz issued a statement, “We will rebuild.”".
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
            if (f.Kind != QuoteKind.Direct) return null;
            AnalysedParagraph sp;
            int si, e;
            bool sameSentence = false;
            if (f.StandsAlone && f.AtSentenceStart)
            {
                if (!ContinuationPass.SentenceBefore(context, q, out sp, out si)) return null;
                e = sp.Sentences[si].End;
            }
            else if (AfterIssuingClause(q, out e))
            {
                // "Right after the storm, Ortiz issued a statement, “…”": the statement after the comma that ends the clause
                sp = q.Paragraph;
                si = q.Sentence;
                sameSentence = true;
            }
            else return null;
            var subject = Issuer(context, sp, si, out int v, out int n, e);
            if (subject == null) return null;
            // in the statement's own sentence the missive ends the clause, a time word or two aside ("a statement Thursday,")
            if (sameSentence && !OnlyTimeAfter(sp.Tokens, n + 1, e)) return null;
            var cue = new CueMatch(sp.Tokens[v].Text, v, v + 1, null);
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before), sp);
        }

        /// <summary>
        /// "The harbour board issued a statement on Friday …": the subject of the sentence when it issues a missive of its
        /// own (as the class says: a subject who may speak, a verb of publishing, a missive as its object with no author of
        /// its own after it), with the verb's and the missive's token; null otherwise. Read by this rule and by the speaker
        /// resolution of a later "the statement" or "it" (<see cref="SpeakerResolution"/>). The clause is read to
        /// <paramref name="end"/> when given (the comma before the statement), else to the sentence's end.
        /// </summary>
        internal static Mention? Issuer(AttributionContext context, AnalysedParagraph sp, int si, out int verb, out int missive, int end = -1)
        {
            verb = missive = -1;
            int e = end >= 0 ? end : sp.Sentences[si].End;
            var tk = sp.Tokens;
            var subject = context.SubjectOf(sp, si);
            if (subject == null || !ColonSubject.MaySpeak(subject)) return null;
            int v = Clauses.PublishingVerbAt(tk, Clauses.PastAside(tk, subject.Next, e), e);
            if (v < 0) return null;
            int n = MissiveAfter(tk, v + 1, e);
            if (n < 0 || n + 1 < e && tk[n + 1].Has(WordClass.AuthorPreposition)) return null;
            verb = v;
            missive = n;
            return subject;
        }

        /// <summary>
        /// True when the quotation follows a comma that ends the clause before it in its sentence, and no quotation stands
        /// in that clause; <paramref name="comma"/> is the comma's token.
        /// </summary>
        private static bool AfterIssuingClause(QuotationRef q, out int comma)
        {
            var tk = q.Paragraph.Tokens;
            comma = q.Token - 1;
            int s0 = q.Paragraph.Sentences[q.Sentence].Start;
            if (comma <= s0 || !tk[comma].Is(",")) return false;
            for (int x = s0; x < comma; x++)
                if (tk[x].IsQuote) return false;
            return true;
        }

        /// <summary>True when the tokens [from, end) are time words only ("Thursday", "on Friday"), or none.</summary>
        private static bool OnlyTimeAfter(IReadOnlyList<Token> tk, int from, int end)
        {
            for (int k = from; k < end; k++)
                if (!tk[k].IsWord || !(tk[k].Has(WordTag.Time) || tk[k].IsLowerWord && tk[k].Has(WordTag.Preposition))) return false;
            return true;
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
