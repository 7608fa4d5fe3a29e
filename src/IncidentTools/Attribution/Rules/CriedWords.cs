using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "But their chants of “Ted! Ted!” were cut short", "Clinton supporters responded with chants of “I’m with her”",
    /// "activists joined in a thunderous chant of “Feel the Bern!”": the noun of a cry raised aloud (a base or -s form of a
    /// verb tagged outcry: chant, shout, scream, yell), then "of" (tagged cry-complement) right before the quotation: the
    /// words are cried by the noun's owner (a possessive: "their", "Cruz's", resolved as the pronoun would be), or else by
    /// the subject of the sentence whose verb takes the cry's phrase after a preposition ("responded with", "joined in").
    /// Not a passive ("was met with chants of …": its criers are not named) and not a phrase with no subject ("Walking in
    /// to chants of …").
    /// </summary>
    internal sealed class CriedWords : QuotationRule
    {
        public override string Name => nameof(CriedWords);

        /// <summary>How many words (a determiner, adjectives) may stand between the preposition and the noun of the cry ("with loud, angry chants").</summary>
        private const int PhraseReach = 3;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s, _) = SentenceOf(q);
            int n = q.Token - 2;
            if (n <= s || !IsCryNounOf(tk, n)) return null;
            var cue = new CueMatch(tk[n].Text, n, n + 1, null);
            // "their chants of", "Cruz's chants of": the owner cried them
            if (StatementNoun.Owner(tk, n - 1, s) is { } owner) return context.FromClause(Name, q, new Clause(owner, cue, CuePlace.Before));
            // "X responded with chants of": the preposition that takes the cry's phrase, then the verb right after the subject
            int p = n - 1;
            while (p > s && n - p <= PhraseReach && tk[p].IsLowerWord && !tk[p].Has(WordTag.Preposition | WordTag.Finite | WordTag.ClauseBreak)) p--;
            if (p <= s + 1 || !tk[p].IsLowerWord || !tk[p].Has(WordTag.Preposition)) return null;
            int v = p - 1;
            if (!tk[v].IsLowerWord || tk[v].Has(WordTag.Function | WordTag.Finite | WordTag.Preposition) || tk[v].Has(WordClass.Be)) return null;
            int start = tk[s].IsWord && tk[s].Has(WordTag.Intro) && s + 1 < v ? s + 1 : s;
            var subject = context.ClausesFor(q.Paragraph).Mentions.Parse(tk, start, v, inverted: false);
            if (subject == null || subject.Start != start || subject.Next != v) return null;
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before));
        }

        /// <summary>The noun of a cry at n ("chants", "shout"), then its "of": the words after it are cried.</summary>
        internal static bool IsCryNounOf(System.Collections.Generic.IReadOnlyList<Token> tk, int n) =>
            n >= 0 && n + 1 < tk.Count && tk[n].IsLowerWord && tk[n].CueVerb is { } verb && verb.Has(VerbTag.Outcry) && !verb.IsParticiple && !verb.IsPast &&
            tk[n + 1].IsLowerWord && tk[n + 1].Has(WordGroup.CryComplement);
    }
}
