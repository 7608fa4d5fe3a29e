using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "She held up a sign that read “Jobs Not Wars”", "marchers carried banners reading, “No more”", "the headline
    /// says: “…”": a thing with words written on it (a word of the inscription group in words.txt), then a verb of
    /// what a document says (read, say, state …: tagged document, before and inverting), perhaps a relative "that" or
    /// "which" between them, and the quotation right after the verb (a comma or colon between). The words shown are
    /// the thing's own: its noun phrase is the source, not the person who carries it. Not "to sign" or "will
    /// sign" (a verb), and not a person reading a book ("the senator read “Green Eggs and Ham”": no inscription).
    /// In a sentence told "according to" someone the words are that source's account, and theirs.
    /// Runs before the rule that takes short capitalised quotations for titles (“Dump Trump”) and before the participle
    /// rules, which would give "held up a sign saying “…”" to the one holding it.
    /// </summary>
    internal sealed class Inscription : QuotationRule
    {
        public override string Name => nameof(Inscription);

        /// <summary>How many words before the inscription noun its noun phrase may start ("three hand-painted anti-war signs").</summary>
        private const int PhraseReach = 5;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s, _) = SentenceOf(q);
            int v = Clauses.BeforeIntroducingMark(tk, q.Token, s - 1);
            if (v <= s || !tk[v].IsLowerWord || !(tk[v].CueVerb is { } verb) || !IsInscriptionVerb(verb)) return null;
            int n = v - 1;
            if (n > s && tk[n].IsLowerWord && tk[n].Has(WordClass.ThingRelative)) n--;
            if (!tk[n].IsWord || !tk[n].Has(WordGroup.Inscription)) return null;
            // "to sign", "will sign", "has signs": the word is a verb, or the object of one, not a subject that reads
            if (n - 1 >= s && tk[n - 1].IsLowerWord && (tk[n - 1].Has(WordGroup.InfinitiveMarker) || tk[n - 1].Has(WordTag.Finite))) return null;
            // "According to the paper, one sign read “…”": the sentence is the paper's account of the sign, the quotation the
            // paper's to answer for (as AccordingToQuote reads it; the cue rules would give it to the sign)
            if (context.ClausesFor(q.Paragraph).AccordingToBefore(tk, q.Token, s) is { } account) return context.FromClause(Name, q, account);
            var m = Phrase(context, q, n, s);
            if (m == null) return null;
            return context.FromClause(Name, q, new Clause(m, new CueMatch(tk[v].Text, v, v + 1, verb), CuePlace.Before));
        }

        /// <summary>A verb by which a written thing says its words: of a document, written before a quotation and after one.</summary>
        private static bool IsInscriptionVerb(ReportingVerb verb) =>
            verb.Has(VerbTag.Document) && verb.Has(VerbTag.Before) && verb.Has(VerbTag.Inverting);

        /// <summary>The longest noun phrase that ends with the inscription noun at n ("a sign", "anti-Trump signs"), within its sentence.</summary>
        private static Mention? Phrase(AttributionContext context, QuotationRef q, int n, int s)
        {
            var tk = TokensOf(q);
            var mentions = context.ClausesFor(q.Paragraph).Mentions;
            Mention? best = null;
            for (int st = n; st >= s && n - st <= PhraseReach; st--)
            {
                var t = tk[st];
                if (!t.IsWord && !t.Is("-")) break;
                if (st < n && t.IsLowerWord && (t.IsVerbForm || t.Has(WordTag.Preposition | WordTag.ClauseBreak | WordTag.Finite))) break;
                var m = mentions.Parse(tk, st, n + 1, inverted: false);
                if (m != null && m.End == n + 1) best = m;
            }
            return best;
        }
    }
}
