using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// What the rules that give a quotation to the subject of a verb written before it share (<see cref="ExpressedFeeling"/>:
    /// "offered his “deepest regret”", <see cref="UsedWording"/>: "has used the phrase “…”"): where the verb's object ends,
    /// which subjects can have said the words (of a finite verb, of a participle after the sentence's subject), and the
    /// attribution with the verb as its cue.
    /// </summary>
    internal static class SubjectOfVerb
    {
        /// <summary>A subject whose words these can be: not a relative pronoun standing for a noun before it, not "it" or "there".</summary>
        internal static bool Speaks(IReadOnlyList<Token> tk, Mention m) =>
            !(m.End - m.Start == 1 && (tk[m.Start].Has(WordClass.RelativePronoun) || tk[m.Start].Has(WordClass.Expletive) || tk[m.Start].Has(WordTag.Relative)));

        /// <summary>A word of the verb's object that rather opens another clause ("that", "who", "when", a subject pronoun, a finite auxiliary, a preposition).</summary>
        internal static bool OpensClause(Token t) =>
            t.Has(WordClass.PersonSubject) ||
            t.IsLowerWord && t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative | WordTag.Finite | WordTag.Preposition);

        /// <summary>
        /// "X offered his “…”", "X has used the term “…”": the quotation as the words of the subject of the finite verb at
        /// <paramref name="v"/>, not in a passive ("was offered"), nor the verb an infinitive or a possessive's noun; with
        /// <paramref name="notNegated"/>, nor negated ("has never used"). Null when the subject is generic, in an introduction or
        /// no speaker (<see cref="Speaks"/>).
        /// </summary>
        internal static FoundAttribution? FromFiniteVerb(AttributionContext context, string rule, QuotationRef q, IReadOnlyList<Token> tk, int s0, int v, bool notNegated)
        {
            if (v == s0) return null;
            int g = ReportedSpeech.GroupStart(tk, v, s0);
            if (g - 1 >= s0 && tk[g - 1].IsLowerWord && (tk[g - 1].Has(WordGroup.InfinitiveMarker) || ReportedSpeech.IsPossessive(tk[g - 1]))) return null;
            for (int i = g; i < v; i++)
                if (tk[i].IsLowerWord && (tk[i].Has(WordClass.Be) || notNegated && tk[i].Has(WordTag.Negation))) return null;
            var subject = ReportedSpeech.SubjectBefore(context.MentionsFor(q.Paragraph), tk, s0, g);
            if (subject == null || subject.Generic || subject.InIntroduction || !Speaks(tk, subject.Mention)) return null;
            return Attribute(context, rule, q, tk, subject.Mention, v);
        }

        /// <summary>
        /// The quotation as the words of the sentence's subject <paramref name="m"/>, for the -ing form at <paramref name="v"/>
        /// ("X spoke for an hour, repeating …"): null when there is none, it is no speaker, it opens a subordinate clause, or
        /// its parse reaches the participle or a form of "be" follows it.
        /// </summary>
        internal static FoundAttribution? FromSentenceSubject(AttributionContext context, string rule, QuotationRef q, IReadOnlyList<Token> tk, Mention? m, int v)
        {
            if (m == null || !Speaks(tk, m) || tk[m.Start].Has(WordTag.Subordinator) || m.Next >= v || tk[m.Next].Has(WordClass.Be)) return null;
            return Attribute(context, rule, q, tk, m, v);
        }

        /// <summary>The quotation as the words of <paramref name="speaker"/>, the verb at <paramref name="v"/> its cue, before it.</summary>
        internal static FoundAttribution? Attribute(AttributionContext context, string rule, QuotationRef q, IReadOnlyList<Token> tk, Mention speaker, int v)
        {
            var cue = new CueMatch(tk[v].Text, v, v + 1, null);
            return context.FromClause(rule, q, new Clause(speaker, cue, CuePlace.Before));
        }
    }
}
