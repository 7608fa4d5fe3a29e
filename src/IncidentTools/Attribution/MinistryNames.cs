using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// A ministry's name as <see cref="MinistryNames.Read"/> reads it in tokens: its head ("Ministry", "Department") and its
    /// portfolio's first word ("Defence", "Foreign", "Interior"), the head after it ("Defence Ministry") or before it
    /// ("Ministry of Defence", "Ministry of the Interior").
    /// </summary>
    internal readonly struct MinistryName
    {
        public MinistryName(int head, int portfolio)
        {
            Head = head;
            Portfolio = portfolio;
        }

        /// <summary>The index of the head ("Ministry").</summary>
        public int Head { get; }

        /// <summary>The index of the portfolio's first word ("Foreign" of "Ministry of Foreign Affairs").</summary>
        public int Portfolio { get; }

        /// <summary>"Ministry of Defence": the head, "of" (and "the") before the portfolio; false for "Defence Ministry".</summary>
        public bool HeadFirst => Head < Portfolio;

        /// <summary>The index of the name's first word.</summary>
        public int Start => HeadFirst ? Head : Portfolio;

        /// <summary>The index after the name read up to the portfolio's first word ("Defence Ministry", "Ministry of Foreign").</summary>
        public int End => (HeadFirst ? Portfolio : Head) + 1;
    }

    /// <summary>
    /// A state's ministry has two names of one office: its portfolio's word before the head ("Foreign Ministry", "State
    /// Department", "Interior Ministry") and the head, "of" and the portfolio ("Ministry of Foreign Affairs", "Department of
    /// State", "Ministry of the Interior"). <see cref="Read"/> reads either form in tokens, for both questions asked of it:
    /// which other form a manifest organisation has (<see cref="OtherForms"/>), and which ministry a text names before an
    /// official its portfolio's word describes (<see cref="SpeakerResolver"/>, "a senior defense official"). A manifest
    /// organisation written one way is matched written the other way too (<see cref="PartyResolver"/>, the claims' party
    /// index), with the same guards: the country written right before it ("Afghanistan's Ministry of Foreign Affairs") still
    /// decides, and a form of a bare ministry is as bare as its manifest name. The head is a word of organisation-words.txt
    /// tagged 'ministry'; a portfolio of two words after "of" is one of portfolios.txt that opens with the other form's word
    /// ("Foreign" and "Foreign Affairs").
    /// </summary>
    internal static class MinistryNames
    {
        private const string Of = "of";
        private const string The = "the";

        /// <summary>
        /// The ministry's name that starts at <paramref name="at"/> and ends before <paramref name="end"/>: a word and a head
        /// ("Defence Ministry", "defense department"), or a head, "of", an optional "the" and a word ("Ministry of Defence",
        /// "Ministry of the Interior", "Department of Foreign" of "Department of Foreign Affairs"). Any word may be the
        /// portfolio's: the caller asks which portfolio it names. Null when no such name starts there.
        /// </summary>
        public static MinistryName? Read(TokenList tk, int at, int end)
        {
            if (at + 1 >= end || !tk[at].IsWord || !tk[at + 1].IsWord) return null;
            if (IsHead(tk[at + 1])) return new MinistryName(at + 1, at);
            if (!IsHead(tk[at]) || !tk[at + 1].Has(WordGroup.OfComplement)) return null;
            int p = at + 2 < end && tk[at + 2].Has(WordGroup.DefiniteArticle) ? at + 3 : at + 2;
            return p < end && tk[p].IsWord ? new MinistryName(at, p) : null;
        }

        /// <summary>The forms each manifest organisation has (few: a manifest's organisations, made once each).</summary>
        private static readonly ConcurrentDictionary<string, string[]> Forms = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary>The organisation's other forms of name (none for an organisation that is no ministry written either way).</summary>
        public static string[] OtherForms(string organisation) =>
            string.IsNullOrWhiteSpace(organisation) ? Array.Empty<string>() : Forms.GetOrAdd(organisation, Make);

        private static string[] Make(string organisation)
        {
            var tk = Tokenizer.Tokenize(organisation, Array.Empty<QuotationSpan>());
            // the whole name is the ministry's, its portfolio a word of a name
            if (Read(tk, 0, tk.Count) is not { } name || !IsNameWord(tk[name.Portfolio])) return Array.Empty<string>();
            var head = tk[name.Head].Text;
            var word = tk[name.Portfolio].Text;
            var forms = new List<string>();
            if (!name.HeadFirst && name.End == tk.Count)
            {
                // "Foreign Ministry": "Ministry of Foreign", "Ministry of the Foreign", "Ministry of Foreign Affairs"
                forms.Add(head + " " + Of + " " + word);
                forms.Add(head + " " + Of + " " + The + " " + word);
                foreach (var q in Lexicon.Portfolios)
                {
                    var pw = q.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                    if (pw.Length == 2 && pw[0].Equals(word, StringComparison.Ordinal) && IsNameWord(pw[1])) forms.Add(head + " " + Of + " " + q);
                }
            }
            else if (name.HeadFirst)
            {
                // "Ministry of Defence", "Ministry of the Interior", "Ministry of Foreign Affairs": "Defence Ministry", …
                int n = tk.Count - name.Portfolio;
                if (n == 1 || n == 2 && IsPortfolio(word + " " + tk[name.Portfolio + 1].Text))
                    forms.Add(word + " " + head);
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
        private static bool IsHead(Token t) => Lexicon.IsOrganisationWord(t.Lower, OrganisationWordTag.Ministry);

        /// <summary>A capitalised word of a name ("Foreign", "Interior").</summary>
        private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]);

        /// <summary><see cref="IsNameWord(string)"/> of a token.</summary>
        private static bool IsNameWord(Token t) => t.IsWord && IsNameWord(t.Text);
    }
}
