using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "To Lund, the new pier is “a monument to bad planning.”", "She stayed on because to her, “the harbour is the town.”": a
    /// clause that opens (at the sentence start after any connective, or right after a subordinator of reason or a
    /// complementizer) with the preposition of view (words.txt <c>view-to</c>: "to"), a person (a name or an organisation's
    /// name, written with a capital, or an object pronoun of people: "him", "her", "them", "me", "us") and a comma is that person's view, as "In her view, …" is
    /// (<see cref="InOwnView"/>); a quotation in it is the person's words. Nothing between the comma and the quotation may bring
    /// in another source (a reporting verb, a relative word, another quotation, a semicolon, a colon or a dash), so
    /// "To Lund, Reyes wrote: “…”" is left to the cue rules. Not "To her surprise, …" (no comma after the person), "To date, …"
    /// nor "To the council, …" (no name: a description there is as often the one addressed).
    /// </summary>
    internal sealed class ToPersonView : QuotationRule
    {
        public override string Name => nameof(ToPersonView);

        /// <summary>At most this many words in the name between the preposition and its comma ("To Gen. Jo Ann Reyes,").</summary>
        private const int NameWords = 5;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s0, _) = SentenceOf(q);
            int open = ViewOpening(tk, s0, q.Token);
            if (open < 0) return null;
            var owner = Owner(context.MentionsFor(q.Paragraph), tk, open + 1, q.Token);
            if (owner == null) return null;
            int comma = owner.Next;
            if (comma >= q.Token || !tk[comma].Is(",")) return null;
            for (int x = comma + 1; x < q.Token; x++)
            {
                var t = tk[x];
                if (t.IsQuote || t.Is(";") || t.Is(":") || t.IsDash) return null;
                if (t.IsWord && SameSentenceQuote.BringsInClause(t)) return null;
            }
            return From(context, q, new Clause(owner, new CueMatch(tk[open].Text, open, open + 1, null), CuePlace.Before));
        }

        /// <summary>
        /// The token of the preposition of view that opens the clause holding the quotation at <paramref name="q"/>: at the sentence
        /// start (after any connective) or right after a subordinator of reason ("because") or a complementizer ("that"); -1 when
        /// none does. The nearest such opening before the quotation.
        /// </summary>
        private static int ViewOpening(IReadOnlyList<Token> tk, int s0, int q)
        {
            for (int k = q - 3; k >= s0; k--)
            {
                var t = tk[k];
                if (!t.IsWord || !Lexicon.Is(t.Lower, WordSense.ViewTo)) continue;
                if (k == ReportedSpeech.SkipConnective(tk, s0, q)) return k;
                if (k > s0 && tk[k - 1].IsLowerWord && (Lexicon.Is(tk[k - 1].Lower, WordSense.Reason) || tk[k - 1].Has(WordGroup.Complementizer))) return k;
            }
            return -1;
        }

        /// <summary>
        /// The person right after the preposition at <paramref name="i"/>: an object pronoun of people ("her": read as its subject
        /// form, "she") or a name or an organisation the mention parser reads from there; null for anything else.
        /// </summary>
        private static Mention? Owner(MentionParser parser, IReadOnlyList<Token> tk, int i, int q)
        {
            var t = tk[i];
            if (t.IsLowerWord)
                return ReportedSpeech.ObjectPronoun(tk, i) is { } pronoun && Lexicon.Is(pronoun.Determiner, WordClass.PersonSubject) ? pronoun : null;
            if (!t.IsCapitalized) return null;
            // the name runs to the comma (read up to it: after it stands the clause, no apposition of the name)
            int comma = i + 1;
            while (comma < q && comma - i <= NameWords && !tk[comma].Is(",")) comma++;
            if (comma >= q || !tk[comma].Is(",")) return null;
            var m = parser.Parse(tk, i, comma, inverted: false);
            if (m == null || m.Start != i || m.Next != comma || !(m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation)) return null;
            return m;
        }
    }
}
