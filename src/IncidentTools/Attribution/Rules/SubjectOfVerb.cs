using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// What the rules that give a quotation to the subject of a verb written before it share (<see cref="ExpressedFeeling"/>:
    /// "offered his “deepest regret”", <see cref="UsedWording"/>: "has used the phrase “…”"): which subjects can have said
    /// the words, and the attribution with the verb as its cue.
    /// </summary>
    internal static class SubjectOfVerb
    {
        /// <summary>A subject whose words these can be: not a relative pronoun standing for a noun before it, not "it" or "there".</summary>
        internal static bool Speaks(IReadOnlyList<Token> tk, Mention m) =>
            !(m.End - m.Start == 1 && (tk[m.Start].Has(WordClass.RelativePronoun) || tk[m.Start].Has(WordClass.Expletive) || tk[m.Start].Has(WordTag.Relative)));

        /// <summary>The quotation as the words of <paramref name="speaker"/>, the verb at <paramref name="v"/> its cue, before it.</summary>
        internal static FoundAttribution? Attribute(AttributionContext context, string rule, QuotationRef q, IReadOnlyList<Token> tk, Mention speaker, int v)
        {
            var cue = new CueMatch(tk[v].Text, v, v + 1, null);
            return context.FromClause(rule, q, new Clause(speaker, cue, CuePlace.Before));
        }
    }
}
