using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>What a mention says by itself, before it is resolved: one person or not, the gender it implies, whether two mentions may name the same person.</summary>
    internal static class MentionFacts
    {
        /// <summary>A person's name, "he" or "she", or a singular description of a person ("the minister").</summary>
        public static bool IsOnePerson(Mention m) =>
            m.Kind == MentionKind.Name ||
            m.Kind == MentionKind.Pronoun && Lexicon.Is(m.Determiner, WordClass.GenderedPronoun) ||
            m.Kind == MentionKind.Description && !m.Plural && !m.IsDocument && !m.IsOrganisationHead;

        /// <summary>'m' or 'f' when the mention says the gender (he, she, Mrs., a given name), else '\0'.</summary>
        public static char Gender(Mention m)
        {
            if (m.Kind == MentionKind.Pronoun) return Lexicon.IsAsWritten(m.Determiner, WordGroup.MasculinePronoun) ? 'm' : Lexicon.IsAsWritten(m.Determiner, WordGroup.FemininePronoun) ? 'f' : '\0';
            if (m.Kind != MentionKind.Name) return '\0';
            if (m.TitleGender != '\0') return m.TitleGender;
            var name = m.Name ?? m.Text;
            int space = name.IndexOf(' ');
            return space > 0 ? Lexicon.GenderOfFirstName(name.Substring(0, space)) : '\0';
        }

        private static string FirstWord(string name)
        {
            int i = name.IndexOf(' ');
            return i < 0 ? name : name.Substring(0, i);
        }

        /// <summary>
        /// True when <paramref name="later"/> may name the person of <paramref name="earlier"/>: a pronoun of a
        /// compatible gender, the same surname, or the same head of a description.
        /// </summary>
        public static bool MaySamePerson(Mention later, Mention earlier)
        {
            if (later.Kind == MentionKind.Pronoun)
            {
                if (!Lexicon.Is(later.Determiner, WordClass.GenderedPronoun)) return false;
                char g = Gender(earlier);
                return g == '\0' || g == Gender(later);
            }
            if (later.Kind == MentionKind.Name && earlier.Kind == MentionKind.Name)
            {
                string a = later.Name ?? later.Text, b = earlier.Name ?? earlier.Text;
                if (!string.Equals(PartyResolver.LastWord(a), PartyResolver.LastWord(b), StringComparison.Ordinal)) return false;
                // "Betsy Ebeling" after "Tom Ebeling": one family name, two given names, two people
                string ga = FirstWord(a), gb = FirstWord(b);
                return ga == a || gb == b || string.Equals(ga, gb, StringComparison.Ordinal);
            }
            if (later.Kind == MentionKind.Description && earlier.Kind == MentionKind.Description)
                return later.Head == earlier.Head && later.Plural == earlier.Plural;
            return false;
        }

        /// <summary>
        /// True when a role or title opens, after its article, with a word that says its holder left the office ("a former
        /// Pentagon official", "retired Commodore"; words.txt 'past-office'): not "the minister and a former general", whose
        /// first office is held. The one reading of "former" for the speaker resolver and the claims alike.
        /// </summary>
        public static bool LeftOffice(string? role)
        {
            if (string.IsNullOrEmpty(role)) return false;
            // the words between blanks (what Split(' ', RemoveEmptyEntries) gives), each cut out only when it is read: the
            // article and the word after it, not the whole role
            int i = 0, n = role!.Length;
            while (i < n)
            {
                while (i < n && role[i] == ' ') i++;
                if (i >= n) break;
                int s = i;
                while (i < n && role[i] != ' ') i++;
                var w = s == 0 && i == n ? role : role.Substring(s, i - s);
                if (Lexicon.Is(w, WordTag.Determiner)) continue;
                return Lexicon.Is(w, WordSense.PastOffice);
            }
            return false;
        }

        /// <summary>True when a description's first modifier says the one it names left the office ("a former official", "two retired generals").</summary>
        public static bool LeftOffice(IReadOnlyList<string> modifiers) => modifiers.Count > 0 && Lexicon.Is(modifiers[0], WordSense.PastOffice);

        /// <summary>
        /// True when the mention says its speaker left the office where the speaker resolver reads it: at the opening of its
        /// title ("former Senator Jo Bell"), of its role after the name ("Jo Bell, a former diplomat") or of a description's
        /// modifiers ("a former official"); not "Jo Bell, the navy commander and a former
        /// diplomat", who holds the first office.
        /// </summary>
        public static bool LeftOffice(Mention m) =>
            LeftOffice(m.Title) || LeftOffice(m.Apposition) || LeftOffice(m.PostModifier) || LeftOffice(m.Modifiers);
    }
}
