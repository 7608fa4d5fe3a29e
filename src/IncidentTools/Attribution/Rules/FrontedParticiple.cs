using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Bemoaning the “rigged process,” Kell accused the judge …", "After saying her knee was “so sore,” she
    /// was …", "Citing “family reasons,” the mayor's spokeswoman told …": a participle of saying opens the
    /// sentence (alone or after "after", "before", "while", "by"), the quotation stands in its phrase, and the
    /// phrase ends at a comma before the main clause; the subject of the main clause said the quoted words.
    /// The subject is a name, a person's pronoun or a speaker noun, and a verb follows it. Runs after the
    /// reported-speech rules, on what they left open.
    /// </summary>
    internal sealed class FrontedParticiple : QuotationRule
    {
        public override string Name => nameof(FrontedParticiple);

        /// <summary>How many tokens the participle's phrase may take before its comma.</summary>
        private const int PhraseReach = 25;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s0, s1) = SentenceOf(q);
            int v = s0;
            // "After saying …", "While calling …", "By describing …"
            if (v < s1 && tk[v].IsWord && (tk[v].Has(WordTag.Subordinator) || tk[v].Has(WordGroup.Agent))) v++;
            if (v >= q.Token || !tk[v].IsWord) return null;
            var verb = tk[v].CueVerb;
            // a verb that may introduce the quotation after it ("sharing the “…”" only follows its quotation)
            if (verb == null || !verb.IsParticiple || verb.Has(VerbTag.Manner) || verb.Use == CueUse.After ||
                !verb.Has(VerbTag.Speech | VerbTag.Stance | VerbTag.Concession | VerbTag.Denial | VerbTag.Judgement | VerbTag.Naming)) return null;
            // the phrase: from the participle to its comma (a quotation may close it: “…,”), the quotation inside
            int end = -1;
            for (int i = v + 1; i < s1 && i - v <= PhraseReach; i++)
            {
                var t = tk[i];
                if (t.Is(";") || t.Is(":")) return null;
                if (t.Is(",") || t.IsQuote && QuotationFacts.EndsWithComma(t.Text))
                {
                    end = i + 1;
                    if (t.IsQuote && i + 1 < s1 && tk[i + 1].Is(",")) end = i + 2;
                    break;
                }
            }
            if (end < 0 || q.Token >= end || end >= s1) return null;
            var mp = context.MentionsFor(q.Paragraph);
            // "Acknowledging that …, though, Allen did suggest": a connective before the subject
            int at = Clauses.SkipIntro(tk, end, s1);
            if (at >= s1) return null;
            var m = mp.Parse(tk, at, s1, inverted: false);
            if (m == null || m.Next >= s1 || !IsSpeaker(tk, m)) return null;
            var next = tk[m.Next];
            if (!next.IsLowerWord || !(next.Has(WordTag.Finite) || Lexicon.AnyVerb(next.Lower) is { } main && !main.IsParticiple)) return null;
            var cue = new CueMatch(tk[v].Text, v, v + 1, verb);
            return context.FromClause(Name, q, new Clause(m, cue, CuePlace.Before));
        }

        /// <summary>A person or body that speaks: a name, a person's pronoun, or a description whose head is a speaker noun.</summary>
        private static bool IsSpeaker(System.Collections.Generic.IReadOnlyList<Token> tk, Mention m) =>
            m.Kind == MentionKind.Name ||
            m.Kind == MentionKind.Pronoun && m.Owner == null && CueLexicon.IsSubjectPronounNotIt(tk[m.Start]) ||
            m.Kind == MentionKind.Description && !m.IsDocument && Lexicon.IsSpeakerNoun(m.Head, out _, out _);
    }
}
