using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentTools.Accounts
{
    /// <summary>How a text names a party.</summary>
    internal enum MentionKind
    {
        Name,
        Alias,
        Organisation,
        Person,
        /// <summary>A person's last name alone ("Toner").</summary>
        Surname,
    }

    /// <summary>A place in a text that names a party.</summary>
    internal readonly struct PartyMention
    {
        public PartyMention(int start, int end, PartyDefinition party, MentionKind kind, string term)
        {
            Start = start;
            End = end;
            Party = party;
            Kind = kind;
            Term = term;
        }

        public int Start { get; }
        public int End { get; }
        public PartyDefinition Party { get; }
        public MentionKind Kind { get; }
        /// <summary>The manifest's term that matched (for a surname: the person's full name).</summary>
        public string Term { get; }

        public bool IsPerson => Kind == MentionKind.Person || Kind == MentionKind.Surname;
    }

    /// <summary>
    /// Finds the parties a text names: their names, aliases, organisations, people and
    /// the people's last names. Acronyms and last names match with their case (an acronym of
    /// three letters or more also with only its first letter capital: "Nato"); the rest
    /// case-insensitively, whole words only, tolerant of curly apostrophes and hyphens.
    /// </summary>
    internal sealed class PartyIndex
    {
        private readonly List<(Regex Pattern, PartyDefinition Party, MentionKind Kind, string Term)> _terms = new List<(Regex, PartyDefinition, MentionKind, string)>();

        public PartyIndex(IEnumerable<PartyDefinition> parties)
        {
            Parties = (parties ?? Enumerable.Empty<PartyDefinition>()).Where(p => p != null).ToArray();
            var surnames = Parties
                .SelectMany(p => p.People.Select(n => (Party: p, Full: n, Last: LastName(n))))
                .Where(s => s.Last != null)
                .GroupBy(s => s.Last!, StringComparer.Ordinal)
                .Where(g => g.Select(s => s.Party.Name).Distinct().Count() == 1)
                .SelectMany(g => g)
                .ToArray();
            foreach (var p in Parties)
            {
                Add(p, p.Name, MentionKind.Name);
                foreach (var a in p.Aliases) Add(p, a, MentionKind.Alias);
                foreach (var o in p.Organisations) Add(p, o, MentionKind.Organisation);
                foreach (var n in p.People) Add(p, n, MentionKind.Person);
            }
            foreach (var s in surnames)
                if (!_terms.Any(t => t.Kind == MentionKind.Person && string.Equals(t.Term, s.Last, StringComparison.Ordinal)))
                    _terms.Add((new Regex(Boundary(Escape(s.Last!)), RegexOptions.CultureInvariant), s.Party, MentionKind.Surname, s.Full));
        }

        public IReadOnlyList<PartyDefinition> Parties { get; }

        /// <summary>The party of this name or alias (case-insensitive), or null.</summary>
        public PartyDefinition? Find(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return null;
            return Parties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? Parties.FirstOrDefault(p => p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
        }

        /// <summary>Every mention in the text, longest first where two overlap, in text order.</summary>
        public List<PartyMention> Mentions(string text, int from = 0, int to = -1)
        {
            if (to < 0) to = text.Length;
            var all = new List<PartyMention>();
            foreach (var (pattern, party, kind, term) in _terms)
            {
                // Search the window only, not on to the end of the text (callers give windows
                // that start and end at word boundaries).
                for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
                    if (m.Index + m.Length <= to) all.Add(new PartyMention(m.Index, m.Index + m.Length, party, kind, term));
            }
            var chosen = new List<PartyMention>();
            foreach (var m in all.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
                if (!chosen.Any(c => c.Start < m.End && m.Start < c.End)) chosen.Add(m);
            chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
            return chosen;
        }

        /// <summary>A regular expression (no anchors) for any name of the party, as used by cue placeholders.</summary>
        public string? Alternation(PartyDefinition party)
        {
            var terms = new[] { party.Name }.Concat(party.Aliases).Concat(party.Organisations)
                .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(t => t.Length).Select(Escape).ToArray();
            return terms.Length == 0 ? null : "(?:" + string.Join("|", terms) + ")";
        }

        private void Add(PartyDefinition party, string term, MentionKind kind)
        {
            if (string.IsNullOrWhiteSpace(term)) return;
            term = term.Trim();
            var options = RegexOptions.CultureInvariant;
            var body = Escape(term);
            if (!IsAcronym(term)) options |= RegexOptions.IgnoreCase;
            else if (term.Length >= 3 && term.All(char.IsLetter))
                body = "(?:" + body + "|" + Escape(term.Substring(0, 1) + term.Substring(1).ToLowerInvariant()) + ")"; // "Nato", "Isaf", as some outlets write them
            _terms.Add((new Regex(Boundary(body), options), party, kind, term));
        }

        private static bool IsAcronym(string term) => term.Length <= 6 && term.Any(char.IsLetter) && term.Where(char.IsLetter).All(char.IsUpper);

        internal static string Boundary(string body) => @"(?<![\p{L}\p{N}])" + body + @"(?![\p{L}\p{N}])";

        /// <summary>A term as a pattern: spaces match any blank, apostrophes straight or curly, hyphens or a blank.</summary>
        internal static string Escape(string term)
        {
            var sb = new StringBuilder();
            foreach (char c in term.Trim())
            {
                if (char.IsWhiteSpace(c)) { if (sb.Length < 3 || sb.ToString(sb.Length - 3, 3) != @"\s+") sb.Append(@"\s+"); }
                else if (c == '\'' || c == '\u2019' || c == '\u2018') sb.Append("['\u2018\u2019]");
                else if (c == '-' || c == '\u2010' || c == '\u2011') sb.Append(@"[-\u2010\u2011\s]?");
                else sb.Append(Regex.Escape(c.ToString()));
            }
            return sb.ToString();
        }

        private static string? LastName(string fullName)
        {
            var words = fullName.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return null;
            var last = words[words.Length - 1];
            return last.Length >= 3 && char.IsUpper(last[0]) ? last : null;
        }
    }
}
