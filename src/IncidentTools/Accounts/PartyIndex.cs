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
        private readonly List<(TermPattern Pattern, PartyDefinition Party, MentionKind Kind, string Term)> _terms = new List<(TermPattern, PartyDefinition, MentionKind, string)>();
        /// <summary>For each term, the ids in <see cref="_literals"/> of the strings every match of it holds.</summary>
        private readonly List<int[]> _required = new List<int[]>();
        private readonly LiteralSet _literals = new LiteralSet();
        private readonly Dictionary<PartyDefinition, string?> _alternations = new Dictionary<PartyDefinition, string?>();

        private readonly HashSet<string> _nameHeads;

        public PartyIndex(IEnumerable<PartyDefinition> parties, AccountLexicon? lexicon = null)
        {
            _nameHeads = (lexicon ?? AccountLexicon.Default).NameHeads;
            Parties = (parties ?? Enumerable.Empty<PartyDefinition>()).Where(p => p != null).ToArray();
            // The last names that only one party's people have, grouped by name in order of first use
            // (plain loops: this runs once per manifest, and generic code over tuples costs JIT time).
            var byLast = new Dictionary<string, List<Surname>>(StringComparer.Ordinal);
            var lastNames = new List<string>();
            foreach (var p in Parties)
            {
                foreach (var n in p.People)
                {
                    var last = LastName(n);
                    if (last == null) continue;
                    if (!byLast.TryGetValue(last, out var list))
                    {
                        byLast[last] = list = new List<Surname>();
                        lastNames.Add(last);
                    }
                    list.Add(new Surname(p, n, last));
                }
            }
            var surnames = new List<Surname>();
            foreach (var last in lastNames)
            {
                var list = byLast[last];
                bool oneParty = true;
                foreach (var x in list) oneParty &= string.Equals(x.Party.Name, list[0].Party.Name, StringComparison.Ordinal);
                if (oneParty) surnames.AddRange(list);
            }
            foreach (var p in Parties)
            {
                Add(p, p.Name, MentionKind.Name);
                foreach (var a in p.Aliases) Add(p, a, MentionKind.Alias);
                foreach (var o in p.Organisations)
                {
                    Add(p, o, MentionKind.Organisation);
                    // "Ministry of Foreign Affairs" for the manifest's "Foreign Ministry": the same organisation (its term the manifest's)
                    foreach (var form in Attribution.MinistryNames.OtherForms(o)) Add(p, form, MentionKind.Organisation, o);
                }
                foreach (var n in p.People) Add(p, n, MentionKind.Person);
            }
            // "whatever the report says, Rawalpindi will reject it": a party the manifest names for a country is named too by that
            // country's capital and other seats of government or command (countries.txt, fourth column: "Islamabad; Rawalpindi",
            // "Washington; White House; Pentagon"), as the speaker's side reads them and as a party the country table gave
            // already is; a seat that is a term of any party of the manifest already is left to it (read from the table, not
            // listed again in each manifest)
            var manifestTerms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in Parties)
                foreach (var t in new[] { p.Name }.Concat(p.Aliases).Concat(p.Organisations)) if (t != null) manifestTerms.Add(t.Trim());
            foreach (var p in Parties)
            {
                if (p.Name == null || IncidentTools.Text.CountryTable.ByName(p.Name) is not { } country) continue;
                foreach (var seat in country.Capitals)
                    if (manifestTerms.Add(seat)) Add(p, seat, MentionKind.Alias);
            }
            // (a last name that is an honorific too, "Sayed" of "Mushahid Hussain Sayed", is how many others' names are written:
            // no term of it; a last name joined by a hyphen to another word, "Al-Sayed", "Malik-Shah", is part of another name)
            foreach (var s in surnames)
                if (!IsPersonTerm(s.Last) && !Attribution.PersonName.StartsHonorific(s.Last))
                    AddTerm(new TermPattern(@"(?<![\p{L}\p{N}\-])" + Escape(s.Last) + @"(?![\p{L}\p{N}]|-\p{L})", RegexOptions.CultureInvariant), s.Party, MentionKind.Surname, s.Full, s.Last);
            // Built now, read only from here on: an index may be shared (see CompiledManifest).
            _literals.Seal();
            // each term filed under the first string it needs (its anchor): a window tries only the terms whose anchor it holds
            _byAnchor = new int[_literals.Count][];
            var anchored = new List<int>?[_literals.Count];
            var unanchored = new List<int>();
            for (int t = 0; t < _terms.Count; t++)
            {
                if (_required[t].Length == 0) unanchored.Add(t);
                else (anchored[_required[t][0]] ??= new List<int>()).Add(t);
            }
            for (int id = 0; id < anchored.Length; id++) _byAnchor[id] = anchored[id]?.ToArray();
            _unanchored = unanchored.ToArray();
            foreach (var p in Parties) _alternations[p] = BuildAlternation(p);
            // the parties by name and by alias, the first in the manifest's order winning as the scan in Find did
            foreach (var p in Parties)
                if (p.Name != null && !_byName.ContainsKey(p.Name)) _byName[p.Name] = p;
            foreach (var p in Parties)
                foreach (var a in p.Aliases)
                    if (!_byAlias.ContainsKey(a)) _byAlias[a] = p;
        }

        /// <summary>The parties by name, then by alias (case-insensitive): <see cref="Find(string)"/> is asked for every attribution's side.</summary>
        private readonly Dictionary<string, PartyDefinition> _byName = new Dictionary<string, PartyDefinition>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, PartyDefinition> _byAlias = new Dictionary<string, PartyDefinition>(StringComparer.OrdinalIgnoreCase);

        /// <summary>For each string of <see cref="_literals"/>, the terms (by index, ascending) whose first required string it is.</summary>
        private readonly int[]?[] _byAnchor;
        /// <summary>The terms that need no string (tried in every window).</summary>
        private readonly int[] _unanchored;

        public IReadOnlyList<PartyDefinition> Parties { get; }

        private sealed class Surname
        {
            public Surname(PartyDefinition party, string full, string last)
            {
                Party = party;
                Full = full;
                Last = last;
            }

            public PartyDefinition Party { get; }
            public string Full { get; }
            public string Last { get; }
        }

        private bool IsPersonTerm(string term)
        {
            foreach (var t in _terms)
                if (t.Kind == MentionKind.Person && string.Equals(t.Term, term, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>The party of this name or alias (case-insensitive), or null.</summary>
        public PartyDefinition? Find(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return null;
            // (the first party of this name, else the first with this alias: one hash each instead of a scan of every alias)
            return _byName.TryGetValue(name!, out var p) ? p : _byAlias.TryGetValue(name!, out p) ? p : null;
        }

        /// <summary>Every mention in the text, longest first where two overlap, in text order.</summary>
        public List<PartyMention> Mentions(string text, int from = 0, int to = -1) => Find(text, from, to, useIndex: true);

        /// <summary>The same as <see cref="Mentions"/>, running every term's pattern (for tests of the index).</summary>
        internal List<PartyMention> MentionsWithoutIndex(string text) => Find(text, 0, text.Length, useIndex: false);

        private List<PartyMention> Find(string text, int from, int to, bool useIndex)
        {
            if (to < 0) to = text.Length;
            // every match, in this thread's scratch list (the result is a list of its own): asked for every claim's source
            // and text, the index made a list and grew it at each call
            var all = _all ??= new List<PartyMention>();
            all.Clear();
            // Only the terms whose words the window holds are run: those filed under a string it holds (and those filed
            // under none), in the order of the terms, each then checked for all its strings (asked for every claim's
            // source and for words before a verb, the window need not visit every term of the manifest)
            bool[]? present = null;
            var tried = _tried ??= new List<int>();
            tried.Clear();
            if (useIndex)
            {
                var holds = _holds ??= new List<int>();
                holds.Clear();
                present = _literals.PresentInScratch(text, from, to, holds);
                tried.AddRange(_unanchored);
                foreach (var id in holds)
                    if (_byAnchor[id] is { } terms) tried.AddRange(terms);
                tried.Sort();
            }
            else
            {
                for (int t = 0; t < _terms.Count; t++) tried.Add(t);
            }
            // (the thread's scratch lists: nothing below asks the index again)
            foreach (var t in tried)
            {
                if (present != null)
                {
                    bool may = true;
                    foreach (var r in _required[t]) may &= present[r];
                    if (!may) continue;
                }
                var (pattern, party, kind, term) = _terms[t];
                // Search the window only, not on to the end of the text (callers give windows
                // that start and end at word boundaries).
                for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
                    if (m.Index + m.Length <= to && !((kind == MentionKind.Name || kind == MentionKind.Alias) && InOtherName(text, m.Index, m.Index + m.Length))
                        && !(kind == MentionKind.Name && NameInLowerCase(text, m.Index, term))
                        && !(kind == MentionKind.Organisation && Attribution.PartyResolver.OtherCountryBefore(text, m.Index, party.Name, Parties))
                        // ("a senator from the ruling coalition": another body of the noun the manifest names the side's body by)
                        && !(kind == MentionKind.Organisation && Attribution.PartyResolver.AnotherBodyOfTheNoun(text, m.Index, term))
                        && !(kind == MentionKind.Surname && AnotherPersonsSurname(text, m.Index, term, end: m.Index + m.Length)))
                        all.Add(new PartyMention(m.Index, m.Index + m.Length, party, kind, term));
            }
            var chosen = new List<PartyMention>();
            if (all.Count == 0) return chosen;
            // longest first, then leftmost, ties in the order found: the order OrderByDescending(length).ThenBy(start)
            // gives (a stable sort), without the query's iterator, keys and closures
            Text.StableSort.Sort(all, (a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
            foreach (var m in all)
            {
                bool overlaps = false;
                foreach (var c in chosen)
                    if (c.Start < m.End && m.Start < c.End) { overlaps = true; break; }
                if (!overlaps) chosen.Add(m);
            }
            chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
            return chosen;
        }

        /// <summary>
        /// True when a party's name written with a capital ("Independent") stands in the text at <paramref name="at"/> in lower
        /// case ("Ali Khosa, an independent member of the assembly"): the common word, not the party's name (a heading in
        /// capitals, "PAKISTAN", still names it).
        /// </summary>
        private static bool NameInLowerCase(string text, int at, string name) =>
            name.Length > 0 && char.IsUpper(name[0]) && at < text.Length && char.IsLower(text[at]);

        [ThreadStatic] private static List<PartyMention>? _all;
        [ThreadStatic] private static List<int>? _tried;
        [ThreadStatic] private static List<int>? _holds;

        /// <summary>
        /// True when a party's name or alias stands in the text inside another name ("a correspondent for the Voice of
        /// Southland", "the Southland Institute"), which <see cref="Mentions"/> leaves out as no side's mention: the words
        /// still say whose the speaker is not, and no table's reading of the side's name is to be taken for them.
        /// </summary>
        public bool NameHoldsAPartysName(string text)
        {
            var present = _literals.PresentInScratch(text, 0, text.Length);
            for (int t = 0; t < _terms.Count; t++)
            {
                var (pattern, _, kind, _) = _terms[t];
                if (kind != MentionKind.Name && kind != MentionKind.Alias) continue;
                bool may = true;
                foreach (var r in _required[t]) may &= present[r];
                if (!may) continue;
                for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                    if (InOtherName(text, m.Index, m.Index + m.Length)) return true;
            }
            return false;
        }

        /// <summary>Whether mention a sorts before b: longer, or as long and starting earlier.</summary>
        private static bool Before(PartyMention a, PartyMention b)
        {
            int la = a.End - a.Start, lb = b.End - b.Start;
            return la > lb || la == lb && a.Start < b.Start;
        }

        /// <summary>
        /// "Ijaz Shafi Gilani" when the manifest knows "Yousuf Raza Gilani": a manifest person's last name at
        /// <paramref name="start"/> right after a name's word that is not in the person's full name
        /// (<see cref="Attribution.PartyResolver.CapitalisedNameWordBefore"/>) is another person's ("Prime Minister Gilani",
        /// "Raza Gilani" and "Mr. Gilani" are still the manifest's). In a speaker's mention (<paramref name="opensWithName"/>) the
        /// first word is a name's too ("Gul Baig" when the manifest knows "Zafar Baig"). With the surname's <paramref name="end"/>,
        /// so is one before a name's word that is not in the full name ("Bashir Ahmad Bilour" when the manifest knows "Salman Bashir").
        /// </summary>
        internal static bool AnotherPersonsSurname(string text, int start, string full, bool opensWithName = false, int end = -1)
        {
            var before = Attribution.PartyResolver.CapitalisedNameWordBefore(text, start, opensWithName);
            if (before != null && Attribution.PartyResolver.IndexOfWord(full, before, StringComparison.Ordinal) < 0) return true;
            // "Senior Minister Bashir Ahmad Bilour" when the manifest knows "Salman Bashir": the last name as the given name or an
            // honorific at the front of another name, a name's word after it that the person's full name does not hold
            var after = end < 0 ? null : Attribution.PartyResolver.CapitalisedNameWordAfter(text, end);
            return after != null && Attribution.PartyResolver.IndexOfWord(full, after, StringComparison.Ordinal) < 0;
        }

        /// <summary>
        /// True when the party's name at [start, end) is part of another name: one to three capitalised
        /// words right after it include a head word of accounts-name-heads.txt ("Washington Post",
        /// "Pakistani Taliban", "American Enterprise Institute"), or a newspaper's or broadcaster's noun follows it in
        /// lower case ("an American newspaper": <see cref="Attribution.PartyResolver.OutletNounAfter"/>), or a head word and "of" stand right
        /// before it ("Voice of America"), or a brand stands right before it ("Gallup Pakistan": <see cref="Attribution.PartyResolver.AfterABrand"/>).
        /// </summary>
        private bool InOtherName(string text, int start, int end)
        {
            int i = end;
            for (int words = 0; words < 3 && i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]); words++)
            {
                int e = i + 1;
                while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-' || text[e] == '\'')) e++;
                var word = text.Substring(i + 1, e - i - 1);
                if (word.EndsWith(Text.Possessive.Straight, StringComparison.Ordinal)) word = word.Substring(0, word.Length - Text.Possessive.Straight.Length);
                if (_nameHeads.Contains(word)) return true;
                i = e;
            }
            // "an American newspaper", "a Pakistani news channel": a publication of the country, not its side
            if (Attribution.PartyResolver.OutletNounAfter(text, end)) return true;
            // "chairman of Gallup Pakistan": a company's branch in the country
            if (Attribution.PartyResolver.AfterABrand(text, start)) return true;
            // "the Difa-e-Pakistan Council", "the Pakistan Tehreek-e-Insaf": part of a name joined by hyphens
            if (Attribution.PartyResolver.InJoinedName(text, start, end)) return true;
            if (start >= 4 && string.CompareOrdinal(text, start - 4, " of ", 0, 4) == 0)
            {
                int b = start - 4;
                while (b > 0 && char.IsLetter(text[b - 1])) b--;
                if (b < start - 4 && char.IsUpper(text[b]) && _nameHeads.Contains(text.Substring(b, start - 4 - b))) return true;
            }
            return false;
        }

        /// <summary>A regular expression (no anchors) for any name of the party, as used by cue placeholders.</summary>
        public string? Alternation(PartyDefinition party) =>
            _alternations.TryGetValue(party, out var known) ? known : BuildAlternation(party);

        /// <summary>
        /// What each name of the party in <see cref="Alternation"/> starts with (<see cref="LeadingRun"/>), or null when a name
        /// has no such start.
        /// </summary>
        public string[]? LeadingRuns(PartyDefinition party)
        {
            var runs = new List<string>();
            foreach (var t in new[] { party.Name }.Concat(party.Aliases).Concat(party.Organisations))
            {
                if (string.IsNullOrWhiteSpace(t)) continue;
                var run = LeadingRun(t);
                if (run == null) return null;
                if (!runs.Contains(run)) runs.Add(run);
            }
            return runs.Count == 0 ? null : runs.ToArray();
        }

        /// <summary>
        /// The start of a term as its pattern (<see cref="Escape"/>) matches it, folded to lower case: up to its first blank,
        /// apostrophe or hyphen (each of which the pattern matches more than one way) or its first character other than ASCII
        /// (whose case folding is not the pattern's); null when that leaves nothing.
        /// </summary>
        internal static string? LeadingRun(string term)
        {
            term = term.Trim();
            int n = 0;
            while (n < term.Length && term[n] < 128 && !char.IsWhiteSpace(term[n]) && term[n] != '\'' && term[n] != '-') n++;
            return n == 0 ? null : term.Substring(0, n).ToLowerInvariant();
        }

        private static string? BuildAlternation(PartyDefinition party)
        {
            var terms = new[] { party.Name }.Concat(party.Aliases).Concat(party.Organisations)
                .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(t => t.Length).Select(Escape).ToArray();
            return terms.Length == 0 ? null : "(?:" + string.Join("|", terms) + ")";
        }

        private void Add(PartyDefinition party, string term, MentionKind kind, string? asTerm = null)
        {
            if (string.IsNullOrWhiteSpace(term)) return;
            term = term.Trim();
            var options = RegexOptions.CultureInvariant;
            var body = Escape(term);
            if (!IsAcronym(term)) options |= RegexOptions.IgnoreCase;
            else if (term.Length >= 3 && term.All(char.IsLetter))
                body = "(?:" + body + "|" + Escape(term.Substring(0, 1) + term.Substring(1).ToLowerInvariant()) + ")"; // "Nato", "Isaf", as some outlets write them
            AddTerm(new TermPattern(Boundary(body), options), party, kind, asTerm ?? term, term);
        }

        /// <summary>
        /// A term's pattern, built at its first match: most terms of a manifest never meet a text that holds their words (the
        /// index runs only those whose words are present), so a document's first claims or quotations build only the few they
        /// need instead of one expression per name, alias, organisation and person at once. Built by any thread that asks
        /// (two building at once make the same expression; either is kept).
        /// </summary>
        private sealed class TermPattern
        {
            private readonly string _pattern;
            private readonly RegexOptions _options;
            private Regex? _regex;

            public TermPattern(string pattern, RegexOptions options)
            {
                _pattern = pattern;
                _options = options;
            }

            private Regex Regex => System.Threading.Volatile.Read(ref _regex) ?? Built();

            private Regex Built()
            {
                var regex = PatternCache.Get(_pattern, _options);
                System.Threading.Volatile.Write(ref _regex, regex);
                return regex;
            }

            public Match Match(string text) => Regex.Match(text);

            public Match Match(string text, int start, int length) => Regex.Match(text, start, length);

            /// <summary>True once the expression is built (for tests).</summary>
            public bool IsBuilt => System.Threading.Volatile.Read(ref _regex) != null;
        }

        /// <summary>How many of the terms' expressions are built so far (for tests: they are built at their first match).</summary>
        internal int BuiltPatterns
        {
            get
            {
                int n = 0;
                foreach (var t in _terms) if (t.Pattern.IsBuilt) n++;
                return n;
            }
        }

        private void AddTerm(TermPattern pattern, PartyDefinition party, MentionKind kind, string term, string matched)
        {
            _terms.Add((pattern, party, kind, term));
            _required.Add(LiteralSet.Runs(matched).Distinct().Select(_literals.Add).ToArray());
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
