using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// A state's ministry has two names of one office: its portfolio's word before the head ("Foreign Ministry", "State
    /// Department", "Interior Ministry") and the head, "of" and the portfolio ("Ministry of Foreign Affairs", "Department of
    /// State", "Ministry of the Interior"). A manifest organisation written one way is matched written the other way too
    /// (<see cref="PartyResolver"/>, the claims' party index), with the same guards: the country written right before it
    /// ("Afghanistan's Ministry of Foreign Affairs") still decides, and a form of a bare ministry is as bare as its manifest
    /// name. The head is a word of organisation-words.txt tagged 'ministry'; a portfolio of two words after "of" is one of
    /// portfolios.txt that opens with the other form's word ("Foreign" and "Foreign Affairs").
    /// </summary>
    internal static class MinistryNames
    {
        private const string Of = "of";
        private const string The = "the";

        /// <summary>The forms each manifest organisation has (few: a manifest's organisations, made once each).</summary>
        private static readonly ConcurrentDictionary<string, string[]> Forms = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary>The organisation's other forms of name (none for an organisation that is no ministry written either way).</summary>
        public static string[] OtherForms(string organisation) =>
            string.IsNullOrWhiteSpace(organisation) ? Array.Empty<string>() : Forms.GetOrAdd(organisation, Make);

        private static string[] Make(string organisation)
        {
            var words = organisation.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            var forms = new List<string>();
            if (words.Length == 2 && IsHead(words[1]) && IsNameWord(words[0]))
            {
                // "Foreign Ministry": "Ministry of Foreign", "Ministry of the Foreign", "Ministry of Foreign Affairs"
                var head = words[1];
                forms.Add(head + " " + Of + " " + words[0]);
                forms.Add(head + " " + Of + " " + The + " " + words[0]);
                foreach (var q in Lexicon.Portfolios)
                {
                    var pw = q.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                    if (pw.Length == 2 && pw[0].Equals(words[0], StringComparison.Ordinal) && IsNameWord(pw[1])) forms.Add(head + " " + Of + " " + q);
                }
            }
            else if (words.Length >= 3 && IsHead(words[0]) && words[1].Equals(Of, StringComparison.OrdinalIgnoreCase))
            {
                // "Ministry of Defence", "Ministry of the Interior", "Ministry of Foreign Affairs": "Defence Ministry", …
                int k = words[2].Equals(The, StringComparison.OrdinalIgnoreCase) ? 3 : 2;
                int n = words.Length - k;
                if (n == 1 && IsNameWord(words[k]) ||
                    n == 2 && IsNameWord(words[k]) && IsPortfolio(words[k] + " " + words[k + 1]))
                    forms.Add(words[k] + " " + words[0]);
            }
            return forms.Count == 0 ? Array.Empty<string>() : forms.ToArray();
        }

        /// <summary>True for a portfolio of portfolios.txt, as written.</summary>
        private static bool IsPortfolio(string phrase)
        {
            foreach (var q in Lexicon.Portfolios)
                if (q.Equals(phrase, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>A ministry's head word ("Ministry", "Department").</summary>
        private static bool IsHead(string word) => Lexicon.IsOrganisationWord(word, OrganisationWordTag.Ministry);

        /// <summary>A capitalised word of a name ("Foreign", "Interior").</summary>
        private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]);
    }
}
