using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    internal static partial class ReportedSpeech
    {
        /// <summary>A subject pronoun written with its auxiliary as one word ("I’ve", "he’s", "we’re"), whose verb group follows it.</summary>
        private static bool IsContractedSubject(Token t) => t.IsWord && t.Has(WordGroup.ContractedSubject);

        /// <summary>
        /// "I’ve been saying that …", "He’s trying to tell …", "She’d said …": the subject right before the verb group is a
        /// pronoun written with the group's first auxiliary. It is the pronoun's mention, its span the whole word (the
        /// source as written), its speaker the pronoun's ("I" and "we" the writer's or the turn's, "he" and "she" the person
        /// the text spoke of, "it" a body or a document, never a person). "You’ve" names no one the text can tell: no subject.
        /// </summary>
        private static Subject? ContractedSubject(IReadOnlyList<Token> tk, int i, int clauseStart, int opener, bool inIntroduction = false)
        {
            var t = tk[i];
            string pronoun = MentionParser.StripContraction(t.Lower);
            if (!Lexicon.Is(pronoun, WordTag.Pronoun | WordTag.FirstPerson)) return null;
            var m = Mention.Pronoun(tk, i, pronoun);
            return new Subject(m, clauseStart, opener) { InIntroduction = inIntroduction };
        }

        /// <summary>
        /// The contracted auxiliary right before a verb group that starts at g ("we’re told", "he’s saying"), read as the
        /// group's own: true when there is one; <paramref name="be"/> when it is a form of "be".
        /// </summary>
        private static bool ContractedAuxiliaryBefore(IReadOnlyList<Token> tk, int g, int s0, out bool be)
        {
            be = false;
            if (g - 1 < s0 || !IsContractedSubject(tk[g - 1])) return false;
            be = tk[g - 1].Has(WordGroup.ContractedBe);
            return true;
        }
    }
}
