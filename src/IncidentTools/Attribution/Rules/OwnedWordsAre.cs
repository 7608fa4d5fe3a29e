using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The mayor's slogan is “Build the pier,”", "Reyes's refrain at every meeting was that the council
    /// “never listens”": a possessed noun of saying or of words (tagged statement-noun or wording in words.txt)
    /// as the subject of "is" or "was", whose complement is the quotation or a that-clause holding it: the
    /// owner's words, as with <see cref="StatementNoun"/>'s "Reyes's claim that …". A phrase may stand between
    /// the noun and the verb ("in that race against Lund"), with no verb, "that" or quotation in it; the
    /// that-clause runs to the quotation with no reporting verb, colon or semicolon. Not "Reyes's claim that … is
    /// “false”" (the noun has a clause of its own, and what the sentence says of it is the writer's or another's),
    /// nor a sentence that reports someone else's words besides.
    /// </summary>
    internal sealed class OwnedWordsAre : QuotationRule
    {
        public override string Name => nameof(OwnedWordsAre);

        /// <summary>How many tokens the that-clause may run before the quotation.</summary>
        private const int ClauseReach = 25;

        /// <summary>How many tokens the phrase between the noun and the verb may run ("in that race against Lund").</summary>
        private const int PhraseReach = 8;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s0, s1) = SentenceOf(q);
            int be = Verb(tk, q.Token, s0);
            if (be < 0) return null;
            int noun = Noun(tk, be, s0);
            if (noun < 0) return null;
            var owner = StatementNoun.Owner(tk, noun - 1, s0);
            if (owner == null) return null;
            // "X said Reyes's slogan was “…”", "…, X said": X's report
            if (StatementNoun.ReportedByAnother(tk, s0, s1, owner.Start, q.Token)) return null;
            var cue = new CueMatch(tk[noun].Text, noun, noun + 1, null);
            return context.FromClause(Name, q, new Clause(owner, cue, CuePlace.Before));
        }

        /// <summary>The "is" or "was" whose complement holds the quotation at <paramref name="quote"/>: right before it, or before "that" and the clause that holds it; -1 when none.</summary>
        private static int Verb(IReadOnlyList<Token> tk, int quote, int s0)
        {
            int b = quote - 1;
            if (b > s0 && tk[b].IsLowerWord && tk[b].Has(WordClass.FiniteBe)) return b;
            for (int c = quote - 1; c > s0 && quote - c <= ClauseReach; c--)
            {
                var t = tk[c];
                if (t.Is(";") || t.Is(":") || t.Is("—") || t.Is("--") || t.IsQuote) return -1;
                if (!t.IsLowerWord) continue;
                if (t.Has(WordGroup.Complementizer)) return c - 1 > s0 && tk[c - 1].IsLowerWord && tk[c - 1].Has(WordClass.FiniteBe) ? c - 1 : -1;
                if (t.CueVerb is { } v && v.Has(VerbTag.Speech | VerbTag.Stance) && !v.Has(VerbTag.Noun)) return -1;
            }
            return -1;
        }

        /// <summary>The noun of saying or of words that is the subject of the verb at <paramref name="be"/>, across a phrase with no verb, "that" or quotation; -1 when none.</summary>
        private static int Noun(IReadOnlyList<Token> tk, int be, int s0)
        {
            for (int i = be - 1; i > s0 && be - i <= PhraseReach + 1; i--)
            {
                var t = tk[i];
                if (t.IsLowerWord && (t.Has(WordTag.StatementNoun) || t.Has(WordTag.Wording))) return i;
                // "in that race": a determiner after a preposition, not a relative word
                if (t.IsLowerWord && t.Has(WordTag.Determiner) && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordTag.Preposition)) continue;
                if (t.IsQuote || !t.IsWord || t.Has(WordTag.Finite | WordTag.Relative | WordTag.Pronoun) || t.CueVerb != null) return -1;
            }
            return -1;
        }
    }
}
