using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Lund made a point of saying the pier “was safe”", "Reyes erred in saying that the “90 percent” figure …", "He is fond of
    /// saying, “…”": a participle of a verb of speech after "of", "in" or "for" (words.txt <c>gerund-lead</c>) that ends the verb phrase
    /// of the clause's subject says the quotation after it, and the subject is its speaker. Only when nobody else stands between
    /// the verb and the preposition, "accused Reyes of saying", "praised the mayor for saying", "blamed the press for repeating", nor
    /// when a possessed noun of saying and its "that" stand before the quotation ("for repeating Lund's claim that …"): the rule
    /// leaves those.
    /// </summary>
    internal sealed class GerundOfSaying : QuotationRule
    {
        /// <summary>How many words the verb phrase may hold between the subject and the preposition ("clearly erred", "made a point").</summary>
        private const int VerbPhraseReach = 5;

        /// <summary>How many tokens the quotation may stand after the participle ("saying the club where it happened “…”").</summary>
        private const int ContentReach = 12;

        public override string Name => nameof(GerundOfSaying);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var clauses = context.ClausesFor(q.Paragraph);
            int start = Math.Max(SentenceOf(q).Start, q.Token - 60);
            int s = Clauses.SkipIntro(tk, start, q.Token);
            if (s >= q.Token) return null;
            var subject = clauses.Mentions.Parse(tk, s, q.Token, inverted: false);
            if (subject == null || subject.Start != s || subject.Next >= q.Token) return null;
            int verb = subject.Next;
            if (!tk[verb].IsLowerWord || !(tk[verb].IsVerbForm || tk[verb].Has(WordTag.Finite | WordTag.Auxiliary) || Lexicon.IsAdverb(tk[verb].Text))) return null;
            int lead = LeadAfter(tk, verb, q.Token);
            if (lead < 0) return null;
            int part = lead + 1;
            if (q.Token - part > ContentReach || clauses.NewClauseBetween(tk, part + 1, q.Token)) return null;
            for (int j = part + 1; j < q.Token; j++)
            {
                if (tk[j].IsQuote || tk[j].Is(".") || tk[j].Is(";") || tk[j].Is("?") || tk[j].Is("!") || tk[j].Is(":")) return null;
                // "… for repeating Ada Lund's claim that the pier is “unsafe”": a noun of saying and its "that" report another's words
                if (tk[j].IsLowerWord && j + 1 < q.Token && tk[j + 1].IsLowerWord && tk[j + 1].Has(WordGroup.Complementizer) &&
                    (tk[j].CueVerb is { } noun && noun.Has(VerbTag.Noun) || Owned(tk, j))) return null;
            }
            var cue = new CueMatch(MentionParser.Join(tk, lead, part + 1), lead, part + 1, tk[part].CueVerb);
            return From(context, q, new Clause(subject, cue, CuePlace.Before));
        }

        /// <summary>
        /// The index of "of", "in" or "for" before a participle of saying, within the verb phrase that opens at
        /// <paramref name="verb"/>: lower-case words only, none of them a pronoun, a person's or a body's noun or a "that"; else -1.
        /// </summary>
        private static int LeadAfter(IReadOnlyList<Token> tk, int verb, int q)
        {
            for (int k = verb; k + 1 < q && k - verb <= VerbPhraseReach; k++)
            {
                var t = tk[k];
                if (!t.IsLowerWord) return -1;
                if (k > verb && Lexicon.Is(t.Lower, WordSense.GerundLead))
                    return IsParticipleOfSaying(tk[k + 1]) ? k : -1;
                // "blamed the press for repeating …", "accused the board of saying …": a verb of judging with an object names that
                // object's words ("was criticised for saying" has none, and stays the subject's)
                if (t.CueVerb is { } judging && judging.Has(VerbTag.Judgement) && !Lexicon.Is(tk[k + 1].Lower, WordSense.GerundLead)) return -1;
                if (k > verb && (t.Has(WordTag.Pronoun | WordTag.ObjectPronoun | WordTag.Possessive) || t.Has(WordGroup.Complementizer) ||
                                 t.IsSpeakerNoun(out _, out _) || t.IsOrganisationWord))
                    return -1;
            }
            return -1;
        }

        /// <summary>A word right after a possessive ("Lund's warning", "her remark").</summary>
        private static bool Owned(IReadOnlyList<Token> tk, int j) =>
            j > 0 && (tk[j - 1].IsWord && tk[j - 1].Has(WordTag.Possessive) || Possessive.Strip(tk[j - 1].Text) != tk[j - 1].Text ||
                      tk[j - 1].Text is "'s" or "’s" or "'" or "’");

        /// <summary>A participle of a verb of speech ("saying", "telling"), not of stance or denial ("called for denying entry").</summary>
        private static bool IsParticipleOfSaying(Token t) =>
            t.IsLowerWord && t.CueVerb is { } v && v.IsParticiple && v.Has(VerbTag.Speech) && !v.Has(VerbTag.Manner);
    }
}
