using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Lund delivered a blunt reply: “The pumps stay off.”", "The council issued the following statement:"
    /// and a paragraph that opens with a quotation: a whole statement right after the colon that ends the
    /// writer's clause is the words of that clause's subject (a person, a group, an organisation or a
    /// document), whatever its verb, when no reporting clause claimed it. The subject must open the clause
    /// (after any introduction), no quotation may stand in the clause, and no other subject pronoun may
    /// start a clause of its own before the colon ("Lund spoke, and then she read:" is left to the cue rules;
    /// "it" is mostly an object there: "Cruz called them on it:"), nor a verb by which the subject receives or
    /// relays another's words ("The paper quoted an official:", "obtained a memo:": the lexicon's hearsay words).
    /// </summary>
    internal sealed class ColonSubject : IContinuationRule
    {
        /// <summary>How many tokens the verb phrase, from its verb to the colon, may hold.</summary>
        private const int MaxPhrase = 24;

        public string Name => nameof(ColonSubject);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (context.Facts(q).Kind != QuoteKind.Direct) return null;
            var ap = q.Paragraph;
            AnalysedParagraph sp;
            int si, colon;
            if (q.Token > 0 && ap.Tokens[q.Token - 1].Is(":"))
            {
                // "X verb …: “…”" in the quotation's own sentence
                sp = ap;
                si = q.Sentence;
                colon = q.Token - 1;
                if (colon <= ap.Sentences[si].Start) return null;
            }
            else if (q.Token == 0)
            {
                // a paragraph that opens with the statement, after one whose last sentence ends with the colon
                if (!context.Document.SentenceBefore(ap, 0, out sp, out si)) return null;
                colon = sp.Sentences[si].End - 1;
                if (!sp.Tokens[colon].Is(":")) return null;
            }
            else return null;

            var subject = context.SubjectOf(sp, si);
            if (subject == null || !MaySpeak(subject))
            {
                // "As the Ledger reported, even on Friday the council was refusing to reopen it:": a frame that opens the sentence
                // and reports all of it up to the colon gives the statement after it to its source when the clause's subject is not
                // read (a statement of its own that goes on from the frame's report, as a paragraph "He said:" introduces)
                if (OpeningFrame(context, sp, si, colon) is not { } opening) return null;
                var framed = context.FromClause(Name, q, new Clause(opening.Source!, opening.CueWords!, CuePlace.Before), sp);
                framed.ContinuesFrom = opening;
                return framed;
            }
            var tk = sp.Tokens;
            int start = sp.Sentences[si].Start;
            if (subject.Next >= colon) return null;
            for (int x = start; x < colon; x++)
            {
                var t = tk[x];
                if (t.IsQuote || t.Is(";")) return null;
                if (x < subject.Next) continue;
                // a label after a dash ("Polls were right - More from Bell:"), not the subject's words
                if (t.IsDash) return null;
                if (!t.IsWord) continue;
                // another subject after the first one's: "…, and then she read:", "…, I said:"
                if (CueLexicon.IsSubjectPronounNotIt(t)) return null;
                // a clause of its own after a comma: "…, and NBC News has proof:", "…, with Reyes yelling:"
                if (x > subject.Next && tk[x - 1].Is(",") && t.IsLowerWord && (t.Has(WordTag.Opener) || t.Has(WordGroup.Accompaniment))) return null;
                // a subject that receives or relays the words: "The paper quoted a military official:", "obtained a memo:"
                if (t.IsLowerWord && t.Has(WordTag.Hearsay)) return null;
                // a participle of speech with a speaker of its own: "ends with a voice-over saying:"
                if (t.IsLowerWord && t.CueVerb is { } p && p.IsParticiple && p.States) return null;
            }
            // the verb: the first word in lower case after the subject (past an aside between commas), not the
            // start of a noun phrase ("Bell, on Saturday, some of …": the subject was a place of the introduction)
            // (the mention may have taken the comma after brackets: "Ann Cole (D-Ore.), a member of the committee, today …")
            int v = Clauses.PastAside(tk, subject.Next > start && tk[subject.Next - 1].Is(",") ? subject.Next - 1 : subject.Next, colon);
            while (v < colon && !tk[v].IsLowerWord) v++;
            // "Ann Cole today released the following statement:": the verb after a cue adverb of time or manner
            while (v + 1 < colon && tk[v].IsLowerWord && tk[v].Has(WordTag.CueAdverb) && !tk[v].Has(WordTag.Finite) && tk[v].CueVerb == null && tk[v + 1].IsLowerWord) v++;
            if (v >= colon) return null;
            // "a study from the coastal institute had this to say:": a phrase after the subject's head, then its verb
            if (v == subject.Next && tk[v].Has(WordTag.Postmodifier)) v = VerbAfterPhrase(tk, v + 1, colon);
            if (v < 0) return null;
            // the verb phrase counted from the verb, past an aside on the subject ("Ann Cole (D-Ore.), a member of the
            // committee, today released the following statement on …:")
            if (colon - v > MaxPhrase) return null;
            if (tk[v].Has(WordTag.Determiner | WordTag.Function | WordTag.Relative) && !tk[v].Has(WordTag.Auxiliary)) return null;
            // "As the Ledger reported, the council was refusing to reopen it:": the clause is the frame's report, so the
            // statement after it is the frame's source's, not the inner subject's
            if (FramedBy(context, sp, si, subject) is { } frame)
                return context.FromClause(Name, q, new Clause(frame.Source!, frame.CueWords!, CuePlace.Before), sp);
            var cue = new CueMatch(tk[v].Text, v, v + 1, tk[v].CueVerb);
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before), sp);
        }

        /// <summary>
        /// The attribution of an "As X reported," frame that opens the clause before its <paramref name="subject"/> and
        /// reports the clause: its source and cue stand in the same sentence before the subject; null when none does.
        /// </summary>
        private static FoundAttribution? FramedBy(AttributionContext context, AnalysedParagraph sp, int si, Mention subject)
        {
            foreach (var a in context.AttributionsIn(sp, si))
                if (a.Rule == nameof(AsCue) && a.Source is { } m && a.CueWords is { } c && ReferenceEquals(a.SourceTokens ?? sp.Tokens, sp.Tokens) &&
                    m.Next <= subject.Start && c.End <= subject.Start)
                    return a;
            return null;
        }

        /// <summary>
        /// The <see cref="AsCue"/> attribution of an "As X reported," frame that opens the sentence (its cue before the content)
        /// and whose content runs to the <paramref name="colon"/>: the sentence is the frame's report, so the statement it
        /// introduces is the frame's source's too; null when the sentence has no such frame.
        /// </summary>
        private static FoundAttribution? OpeningFrame(AttributionContext context, AnalysedParagraph sp, int si, int colon)
        {
            var tk = sp.Tokens;
            foreach (var a in context.AttributionsIn(sp, si))
                if (a.Rule == nameof(AsCue) && a.Source != null && a.CueWords is { } c && ReferenceEquals(a.SourceTokens ?? tk, tk) &&
                    tk[c.End - 1].End <= a.Content.Start &&
                    a.Content.Start + a.Content.Length >= tk[colon - 1].End)
                    return a;
            return null;
        }

        /// <summary>How many words a phrase after the subject's head may run before the verb ("from the left-leaning institute").</summary>
        private const int MaxPostmodifier = 6;

        /// <summary>
        /// The verb after a phrase that starts after the subject's head ("from the coastal institute had …"): the first word in
        /// lower case from <paramref name="from"/> that is an auxiliary, a finite word or a verb of the lists, and does not
        /// follow a preposition or a determiner ("secretary of state Jo Bell:" has none); -1 when none
        /// stands within <see cref="MaxPostmodifier"/> words.
        /// </summary>
        private static int VerbAfterPhrase(IReadOnlyList<Token> tk, int from, int colon)
        {
            for (int w = from; w < colon && w - from < MaxPostmodifier; w++)
            {
                var t = tk[w];
                if (!t.IsWord) return -1;
                // a word right after a preposition or a determiner is a noun ("of state", "the report"), not the verb
                if (tk[w - 1].IsLowerWord && tk[w - 1].Has(WordTag.Preposition | WordTag.Determiner)) continue;
                if (t.IsLowerWord && (t.Has(WordTag.Finite | WordTag.Auxiliary) || t.IsVerbForm || t.Has(WordGroup.IrregularPast))) return w;
            }
            return -1;
        }

        /// <summary>A name, an organisation, a description of people or a document, or he, she, they, I, we (not "it", "you", a relative).</summary>
        internal static bool MaySpeak(Mention m)
        {
            if (m.Kind != MentionKind.Pronoun) return true;
            if (m.Owner != null) return false;
            return Lexicon.Is(m.Determiner, WordClass.PersonSubject);
        }
    }
}
