using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// Decides the side a speaker speaks for: the manifest's parties first (their people,
    /// organisations and aliases), else the country a nationality word in the description names.
    /// Never guesses: no match, no party.
    /// </summary>
    internal sealed class PartyResolver
    {
        private readonly List<PartyDefinition> _parties; // a list: its loops take no enumerator object

        public PartyResolver(IEnumerable<PartyDefinition>? parties)
        {
            _parties = parties?.ToList() ?? new List<PartyDefinition>();
            _lookups = Lookups.For(_parties);
            NoSide = NoSideOf(_parties);
            Others = _parties.FirstOrDefault(p => p.Others)?.Name;
        }

        public IReadOnlyList<PartyDefinition> Parties => _parties;

        /// <summary>
        /// The party of the people who speak for no side ("Independent: analysts and experts"): the one manifest party
        /// given by people alone, with no alias or organisation that a text could name it by; null when the manifest
        /// has none or more than one such party.
        /// </summary>
        public string? NoSide { get; }

        /// <summary>
        /// The party that stands for the others, the governments and officials of the countries no party names (a party with
        /// <c>others: true</c>, "Independent"): the first such party, null when the manifest has none.
        /// </summary>
        public string? Others { get; }

        private static string? NoSideOf(List<PartyDefinition> parties)
        {
            string? found = null;
            foreach (var p in parties)
            {
                if (p.IsSide) continue;
                if (found != null) return null;
                found = p.Name;
            }
            return found;
        }

        // A resolver serves one document on one thread: the name keys, the manifest people and the parties of the texts it
        // has looked up are kept (NameKey parses the name; people and descriptions are looked up at every mention), and
        // kept on for the thread's next documents with the same parties (Lookups).
        private readonly Lookups _lookups;
        private Dictionary<string, string> _keys => _lookups.Keys;
        private Dictionary<string, FoundPerson> _people => _lookups.People;

        /// <summary>
        /// What a resolver has looked up (each a function of the parties and the text alone), kept for this thread's next
        /// documents with the same parties: the same names, roles and descriptions recur from article to article of a corpus,
        /// and each document's resolver looked them up again. Bounded: emptied when it holds <see cref="MaxLookups"/>.
        /// </summary>
        private sealed class Lookups
        {
            public readonly Dictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal);
            public readonly Dictionary<string, FoundPerson> People = new Dictionary<string, FoundPerson>(StringComparer.Ordinal);
            public readonly Dictionary<string, string?> FromText = new Dictionary<string, string?>(StringComparer.Ordinal);
            public readonly Dictionary<string, string?> FromManifest = new Dictionary<string, string?>(StringComparer.Ordinal);
            private readonly List<PartyDefinition> _parties;

            private Lookups(List<PartyDefinition> parties) => _parties = parties;

            /// <summary>
            /// The entries kept at most, over the four tables (a few hundred are met in an article; at a few hundred
            /// bytes each, the tables stay under a megabyte a thread).
            /// </summary>
            private const int MaxLookups = 4096;

            [ThreadStatic] private static Lookups? _last;

            /// <summary>This thread's lookups for these parties (the same objects in the same order), else new ones.</summary>
            public static Lookups For(List<PartyDefinition> parties)
            {
                var last = _last;
                if (last != null && SameParties(last._parties, parties))
                {
                    if (last.Keys.Count + last.People.Count + last.FromText.Count + last.FromManifest.Count >= MaxLookups)
                    {
                        last.Keys.Clear();
                        last.People.Clear();
                        last.FromText.Clear();
                        last.FromManifest.Clear();
                    }
                    return last;
                }
                return _last = new Lookups(parties);
            }

            private static bool SameParties(List<PartyDefinition> a, List<PartyDefinition> b)
            {
                if (a.Count != b.Count) return false;
                for (int i = 0; i < a.Count; i++)
                    if (!ReferenceEquals(a[i], b[i])) return false;
                return true;
            }
        }

        /// <summary>
        /// What <see cref="FindPerson"/> found for a name (a class: the framework's dictionary of string to a class shares
        /// code compiled ahead of time, while one of string to a nullable tuple was JIT-compiled in each fresh process).
        /// </summary>
        private sealed class FoundPerson
        {
            public FoundPerson((string Name, string Party)? person) => Person = person;

            public (string Name, string Party)? Person { get; }
        }

        /// <summary><see cref="NameKey"/> of a name, computed once per resolver.</summary>
        internal string KeyOf(string name)
        {
            if (name == null) return NameKey(name!);
            if (!_keys.TryGetValue(name, out var key)) _keys[name] = key = NameKey(name);
            return key;
        }

        /// <summary>The manifest's name for a person, matched on first and last name (middle initials ignored).</summary>
        public (string Name, string Party)? FindPerson(string name)
        {
            if (name == null) return FindPersonUncached(name!);
            if (!_people.TryGetValue(name, out var found)) _people[name] = found = new FoundPerson(FindPersonUncached(name));
            return found.Person;
        }

        private (string Name, string Party)? FindPersonUncached(string name)
        {
            // no manifest, no person of it (without parsing the name for its key)
            if (_parties.Count == 0) return null;
            var key = KeyOf(name);
            if (key.Length == 0) return null;
            // the spelling written, else the first person of the same first and last name
            foreach (var p in _parties)
                foreach (var person in p.People)
                    if (person.Equals(name, StringComparison.OrdinalIgnoreCase)) return (person, p.Name);
            foreach (var p in _parties)
            {
                var keys = NamesOf(p).Keys;
                for (int i = 0; i < keys.Length; i++)
                    if (keys[i] == key) return (p.People[i], p.Name);
            }
            return null;
        }

        /// <summary>A manifest person whose last name is this word, when exactly one is and the word is no honorific ("Sayed").</summary>
        public (string Name, string Party)? FindPersonBySurname(string surname)
        {
            // ("Sayed said": a last name that is an honorific too, "Mushahid Hussain Sayed"'s, is how many others' names are written)
            if (PersonName.StartsHonorific(surname)) return null;
            (string, string)? hit = null;
            foreach (var p in _parties)
            {
                var lastWords = NamesOf(p).LastWords;
                for (int i = 0; i < lastWords.Length; i++)
                {
                    if (!lastWords[i].Equals(surname, StringComparison.OrdinalIgnoreCase)) continue;
                    if (hit != null) return null;
                    hit = (p.People[i], p.Name);
                }
            }
            return hit;
        }

        /// <summary>A party's people's name keys and last words, in the people's order.</summary>
        private sealed class PeopleNames
        {
            public readonly string[] Keys, LastWords;

            public PeopleNames(PartyDefinition p)
            {
                Keys = new string[p.People.Count];
                LastWords = new string[p.People.Count];
                for (int i = 0; i < Keys.Length; i++)
                {
                    Keys[i] = NameKey(p.People[i]);
                    LastWords[i] = LastWord(p.People[i]);
                }
            }
        }

        /// <summary>Each party's <see cref="PeopleNames"/>: worked out once per party, not for every document.</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PartyDefinition, PeopleNames> NamesByParty =
            new System.Runtime.CompilerServices.ConditionalWeakTable<PartyDefinition, PeopleNames>();

        private static PeopleNames NamesOf(PartyDefinition p) => NamesByParty.GetValue(p, party => new PeopleNames(party));

        /// <summary>
        /// "the Defence Committee" for the manifest's "Defence Committee of the Cabinet": the party of the one
        /// manifest organisation whose name begins with this name of two words or more and goes on with "of"
        /// or "for"; null when none or several do.
        /// </summary>
        public string? FindOrganisationStartingWith(string name)
        {
            if (WordCount(name) < 2) return null;
            string? party = null;
            string? nameOf = null, nameFor = null; // made once, at the first organisation
            foreach (var p in _parties)
                for (int oo = 0; oo < p.Organisations.Count; oo++) // by index: no enumerator of the list
                {
                    var o = p.Organisations[oo];
                    if (!(o.StartsWith(nameOf ??= name + " of ", StringComparison.OrdinalIgnoreCase) || o.StartsWith(nameFor ??= name + " for ", StringComparison.OrdinalIgnoreCase))) continue;
                    if (party != null && party != p.Name) return null;
                    party = p.Name;
                }
            return party;
        }

        /// <summary>The number of runs of characters other than a blank: what <c>Split(' ', RemoveEmptyEntries).Length</c> gives, without the strings.</summary>
        private static int WordCount(string name)
        {
            int count = 0;
            for (int i = 0; i < name.Length; i++)
                if (name[i] != ' ' && (i == 0 || name[i - 1] == ' ')) count++;
            return count;
        }

        public bool IsManifestOrganisation(string name) =>
            _parties.Any(p => p.Organisations.Any(o => o.Equals(name, StringComparison.OrdinalIgnoreCase)));

        public IEnumerable<string> Organisations => _parties.SelectMany(p => p.Organisations);

        /// <summary>
        /// <see cref="Organisations"/> as one set (any case), read only: made once for the same parties on this
        /// thread, and shared by the mention grammars of a document instead of a set for each.
        /// </summary>
        internal HashSet<string> OrganisationSet
        {
            get
            {
                if (_organisationSet != null) return _organisationSet;
                var last = _lastOrganisations;
                if (last != null && SameParties(last.Value.Parties, _parties)) return _organisationSet = last.Value.Set;
                var set = new HashSet<string>(Organisations, StringComparer.OrdinalIgnoreCase);
                _lastOrganisations = (_parties.ToArray(), set);
                return _organisationSet = set;
            }
        }

        private HashSet<string>? _organisationSet;
        [ThreadStatic] private static (PartyDefinition[] Parties, HashSet<string> Set)? _lastOrganisations;

        /// <summary>The same party definitions: the same objects, in the same order (they do not change).</summary>
        private static bool SameParties(PartyDefinition[] a, IReadOnlyList<PartyDefinition> b)
        {
            if (a.Length != b.Count) return false;
            for (int i = 0; i < a.Length; i++)
                if (!ReferenceEquals(a[i], b[i])) return false;
            return true;
        }

        internal static string LastWord(string name) => StripPossessive(LastBlankWord(name));

        /// <summary>
        /// The last word of a text split on blanks ("" for none): what the last of Split(' ', RemoveEmptyEntries) gives,
        /// without the array (the text itself when it is one word).
        /// </summary>
        internal static string LastBlankWord(string text)
        {
            int e = text.Length;
            while (e > 0 && text[e - 1] == ' ') e--;
            if (e == 0) return "";
            int s = text.LastIndexOf(' ', e - 1) + 1;
            return s == 0 && e == text.Length ? text : text.Substring(s, e - s);
        }

        /// <summary>
        /// The number of words of a text split on blanks, and its first two (null past the last): what Length, [0] and [1]
        /// of Split(' ', RemoveEmptyEntries) give, without the array or the other words (the text itself when it is one word).
        /// </summary>
        internal static int FirstBlankWords(string text, out string? first, out string? second)
        {
            first = second = null;
            int count = 0;
            for (int i = 0; i < text.Length;)
            {
                if (text[i] == ' ') { i++; continue; }
                int start = i;
                while (i < text.Length && text[i] != ' ') i++;
                if (count == 0) first = start == 0 && i == text.Length ? text : text.Substring(start, i - start);
                else if (count == 1) second = text.Substring(start, i - start);
                count++;
            }
            return count;
        }

        internal static string StripPossessive(string w) => Possessive.Strip(w);

        /// <summary>
        /// "Stephen A. Clark" and "Stephen Clark" share the key "stephen clark"; "Syed Ali Raza Shah" and
        /// "Ali Raza Shah" share "ali shah" (honorifics are not matched); titles written in a manifest's
        /// people ("Gen. Jo Bell") are not matched either.
        /// </summary>
        internal static string NameKey(string name)
        {
            if (name == null) return ComputeNameKey(name!);
            if (NameKeys.TryGetValue(name, out var key)) return key;
            key = ComputeNameKey(name);
            // names recur across the documents of a corpus: keep the last few thousand (a bounded cache, safe between threads)
            if (System.Threading.Interlocked.Increment(ref _nameKeysAdded) > MaxNameKeys)
            {
                NameKeys.Clear();
                System.Threading.Interlocked.Exchange(ref _nameKeysAdded, 0);
            }
            NameKeys.TryAdd(name, key);
            return key;
        }

        private const int MaxNameKeys = 8192;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NameKeys =
            new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        private static int _nameKeysAdded;

        private static string ComputeNameKey(string name)
        {
            var parsed = PersonName.Parse(name);
            var words = parsed.MatchName.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries)
                .Select(StripPossessive)
                .Where(w => !(w.Length <= 2 && w.EndsWith(".", StringComparison.Ordinal)) && w.Length > 0)
                .ToList();
            if (words.Count == 0) return "";
            return (words.Count == 1 ? words[0] : words[0] + " " + words[words.Count - 1]).ToLowerInvariant();
        }

        /// <summary>
        /// True when the text is two conjuncts joined by one "and" or "or" ("Norway and Sweden", "Pakistan and the United
        /// States", "Pakistani officials and American diplomats", "the army and the U.S. embassy"); <paramref name="left"/> and
        /// <paramref name="right"/> are the two. Not when a preposition stands in the first ("the envoy for Afghanistan and
        /// Pakistan", "head of public relations and media": the "and" joins words inside its phrase).
        /// </summary>
        private static bool Joint(string t, out string left, out string right)
        {
            left = right = "";
            var words = t.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int joint = -1;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (Lexicon.IsAsWritten(w, WordClass.ListCoordinator))
                {
                    if (joint >= 0) return false;
                    joint = i;
                    continue;
                }
                if (joint < 0 && char.IsLower(w[0]) && Lexicon.Is(w, WordTag.Postmodifier)) return false;
            }
            if (joint <= 0 || joint >= words.Length - 1) return false;
            left = string.Join(" ", words, 0, joint);
            right = string.Join(" ", words, joint + 1, words.Length - joint - 1);
            return true;
        }

        /// <summary>
        /// The possessor that opens the first conjunct ("Pakistan's" in "Pakistan's government") when the second is one bare
        /// lower-case institution word ("military"), which the possessor then owns too: "Pakistan's government and military" are
        /// both Pakistan's. Null otherwise ("Pakistan's army and the U.S. embassy", "Pakistan's army and residents").
        /// </summary>
        private static string? SharedPossessor(string left, string right)
        {
            if (right.IndexOf(' ') >= 0 || right.Length == 0 || !char.IsLower(right[0]) ||
                !Lexicon.IsOrganisationWord(right, OrganisationWordTag.Institutional)) return null;
            // ("the United States' government": the owner is all the words up to the possessive)
            var words = left.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length - 1; i++)
                if (StripPossessive(words[i]).Length < words[i].Length) return string.Join(" ", words, 0, i + 1);
            return null;
        }

        /// <summary>True when the text is two conjuncts joined by one "and" or "or" (see <see cref="Joint"/>).</summary>
        internal static bool IsJoint(string t) => Joint(t, out _, out _);

        /// <summary>
        /// The party named first in a description, title or role: a manifest organisation, person or
        /// alias, else a country in the built-in table (mapped to the manifest party that names it).
        /// </summary>
        public string? FromText(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!_fromText.TryGetValue(text!, out var party)) _fromText[text!] = party = FromTextUncached(text!);
            return party;
        }

        // The same descriptions and roles are read at many mentions of a document (and of the next): their parties are kept.
        private Dictionary<string, string?> _fromText => _lookups.FromText;
        private Dictionary<string, string?> _fromManifest => _lookups.FromManifest;

        private string? FromTextUncached(string t)
        {
            // "The Pakistan Observer", "the Jakarta Post", "the Pakistani Taliban": a name of a newspaper, an institute or the like
            // that holds a country's or a party's name is not that side
            if (NamesAnOutlet(t)) return null;
            // "the PML-N said": a political party speaking as a body is not its country's side (its politicians are: "PML-N leader X")
            if (CountryTable.FindPoliticalParty(t) != null) return null;
            // "Norway and Sweden said", "Pakistani officials and residents said": a joint subject speaks for a side only when
            // both its conjuncts name that side ("Trinidad and Tobago", neither conjunct naming one, is read whole)
            if (Joint(t, out var left, out var right))
            {
                var first = FromTextUncached(left);
                // "Pakistan's government and military": a bare institution after the "and" shares the first conjunct's possessor
                var second = FromTextUncached(SharedPossessor(left, right) is { } owner ? owner + " " + right : right);
                if (first != null || second != null) return first == second ? first : null;
            }
            int best = int.MaxValue;
            string? party = null;
            foreach (var p in _parties)
            {
                // the organisations, then the people
                EarliestOrganisation(t, p.Organisations, p.Name, ref best, ref party);
                Earliest(t, p.People, StringComparison.OrdinalIgnoreCase, p.Name, ref best, ref party);
            }
            foreach (var p in _parties)
                EarliestAlias(t, p.Aliases, p.Name, ref best, ref party);
            var country = CountryTable.Scan(t, out int wordIndex);
            if (country != null && (AfterABrand(t, WordOffset(t, wordIndex)) || InJoinedName(t, WordOffset(t, wordIndex), WordOffset(t, wordIndex) + CountryTable.Words(t)[wordIndex].Length) ||
                                    OfOrigin(t, WordOffset(t, wordIndex), WordOffset(t, wordIndex) + CountryTable.Words(t)[wordIndex].Length))) country = null;
            if (country != null)
            {
                // the country counts when it comes before any manifest match
                int at = WordOffset(t, wordIndex);
                if (party == null || at < best)
                {
                    // "Pakistan's counterpart, Jo Bell": the possessor is the other party of the exchange, not the side; what
                    // follows the possessive may name one ("Pakistan's American counterpart")
                    int rest = PastPossessorOfCounterpart(t, at);
                    if (rest >= 0) return FromTextUncached(t.Substring(rest));
                    return AfterAMission(t, at) ? null : MapCountry(country);
                }
            }
            if (party != null && PastPossessorOfCounterpart(t, best) is var past && past >= 0) return FromTextUncached(t.Substring(past));
            return party != null && AfterAMission(t, best) ? null : party;
        }

        /// <summary>The words a possessor's name may have ("the United Arab Emirates'"), and the words after it to its noun ("Pakistan's new American counterpart").</summary>
        private const int PossessorWords = 4, WordsToCounterpart = 3;

        /// <summary>
        /// "Pakistan's counterpart", "Washington's American counterpart": when the name at <paramref name="at"/>
        /// ends in a possessive (within <see cref="PossessorWords"/> words) and a noun of the one who faces another in an exchange
        /// (speaker-nouns.txt 'opposite') follows it within <see cref="WordsToCounterpart"/> words, the offset right past the
        /// possessive: the possessor is the one the person faces, never the side the person speaks for. -1 otherwise.
        /// </summary>
        internal static int PastPossessorOfCounterpart(string t, int at)
        {
            int i = at;
            for (int n = 0; n < PossessorWords && i < t.Length; n++)
            {
                int start = i;
                while (i < t.Length && !char.IsWhiteSpace(t[i])) i++;
                if (Possessive.EndsIn(t.Substring(start, i - start)))
                {
                    int rest = i;
                    for (int m = 0; m < WordsToCounterpart; m++)
                    {
                        while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
                        int ws = i;
                        while (i < t.Length && char.IsLetter(t[i])) i++;
                        if (i == ws) return -1;
                        if (Lexicon.IsSpeakerNoun(t.Substring(ws, i - ws).ToLowerInvariant(), SpeakerNounTag.Opposite)) return rest;
                        if (i < t.Length && !char.IsWhiteSpace(t[i])) return -1;
                    }
                    return -1;
                }
                while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
            }
            return -1;
        }

        /// <summary>
        /// True when the word at <paramref name="at"/> follows a diplomatic mission's word, right after it or after "in"
        /// ("Embassy Islamabad", "the consulate in Karachi"): the place is the mission's host, not the side it speaks for. So
        /// too the place of an envoy's posting after "in" or "to" ("Pakistan's ambassador in Washington", "the U.S. envoy to
        /// Pakistan", "a diplomat in Islamabad"; speaker-nouns.txt 'envoy'): the sender the words name is the side, not the host.
        /// </summary>
        internal static bool AfterAMission(string t, int at)
        {
            var before = WordBefore(t, at, out int start);
            // ("the envoy to the United Nations": past the article of the place)
            if (before != null && Lexicon.Is(before, WordClass.Article)) before = WordBefore(t, start, out start);
            if (before == null) return false;
            if (before.Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                before = WordBefore(t, start, out _);
                return before != null && (Lexicon.IsOrganisationWord(before, OrganisationWordTag.Mission) || Lexicon.IsSpeakerNoun(before, SpeakerNounTag.Envoy));
            }
            if (Lexicon.IsAsWritten(before, WordGroup.ToPreposition))
            {
                before = WordBefore(t, start, out _);
                return before != null && Lexicon.IsSpeakerNoun(before, SpeakerNounTag.Envoy);
            }
            return Lexicon.IsOrganisationWord(before, OrganisationWordTag.Mission);
        }

        /// <summary>
        /// "a doctor of Pakistani descent", "a family of Afghan origin": a country's word t[at, end) after "of" and before a word of
        /// origin (words.txt 'origin') names where the person or the family came from, not a side the person speaks for.
        /// </summary>
        internal static bool OfOrigin(string t, int at, int end)
        {
            // (the word before compared in place: asked at every side's name a mention's words hold, it is rarely "of")
            if (!WordBeforeIs(t, at, "of")) return false;
            int s = end;
            if (s >= t.Length || t[s] != ' ') return false;
            while (s < t.Length && t[s] == ' ') s++;
            int e = s;
            while (e < t.Length && char.IsLetter(t[e])) e++;
            return e > s && Lexicon.Is(t.Substring(s, e - s).ToLowerInvariant(), WordSense.Origin);
        }

        /// <summary>
        /// True when the name at <paramref name="at"/> follows a preposition of a place beside or around it, with or without
        /// its article (words.txt 'beside-place': "speaking to reporters outside the Pentagon", "a protester near the embassy",
        /// "across from the White House"): the side's seat is where one stood, not the side one speaks for.
        /// </summary>
        internal static bool BesideAPlace(string t, int at)
        {
            var before = WordBefore(t, at, out int start);
            if (before != null && Lexicon.Is(before, WordClass.Article)) before = WordBefore(t, start, out start);
            if (before == null) return false;
            if (Lexicon.Is(before, WordSense.BesidePlace)) return true;
            // a preposition of two words ("across from")
            var first = WordBefore(t, start, out _);
            return first != null && Lexicon.Is(first + " " + before, WordSense.BesidePlace);
        }

        /// <summary>The word of letters that ends right before the blanks before <paramref name="at"/>, with its start; null when none does.</summary>
        private static string? WordBefore(string t, int at, out int start)
        {
            start = at;
            if (at <= 0 || at > t.Length || t[at - 1] != ' ') return null;
            int end = at - 1;
            while (end > 0 && t[end - 1] == ' ') end--;
            start = end;
            while (start > 0 && char.IsLetter(t[start - 1])) start--;
            return start == end ? null : t.Substring(start, end - start);
        }

        /// <summary>
        /// True when <see cref="WordBefore"/> is <paramref name="word"/> (any case), read in place without a new string: a blank
        /// right before <paramref name="at"/>, then the text layer's reading of the word before the blanks (the claim reader's too).
        /// </summary>
        private static bool WordBeforeIs(string t, int at, string word) =>
            at > 0 && at <= t.Length && t[at - 1] == ' ' && Text.LookBack.LetterWordIs(t, at, word);

        /// <summary>The longest lower-case link of a name joined by hyphens ("Difa-e-Pakistan", "Tehreek-ul-Mujahideen").</summary>
        private const int JoinedNameLink = 3;

        /// <summary>
        /// True when the word at [<paramref name="start"/>, <paramref name="end"/>) of the text is joined into, or written right
        /// beside, a name whose capitalised parts a short lower-case link joins by hyphens, as South Asian and Persian names of
        /// parties, alliances, groups and places are written ("the Difa-e-Pakistan Council", "the Pakistan Tehreek-e-Insaf", "the
        /// Tehreek-e-Taliban Pakistan", "Minar-e-Pakistan"): a country's name there is part of that name, not the state's side.
        /// </summary>
        internal static bool InJoinedName(string t, int start, int end)
        {
            int a = start, b = end;
            while (a > 0 && !char.IsWhiteSpace(t[a - 1])) a--;
            while (b < t.Length && !char.IsWhiteSpace(t[b])) b++;
            if (IsJoinedName(t, a, b)) return true;
            // the word before, past one blank, and the word after
            int pe = a - 1, ps = pe;
            if (pe > 0 && t[pe] == ' ') { while (ps > 0 && !char.IsWhiteSpace(t[ps - 1])) ps--; if (IsJoinedName(t, ps, pe)) return true; }
            int ns = b + 1, ne = ns;
            if (b < t.Length && t[b] == ' ') { while (ne < t.Length && !char.IsWhiteSpace(t[ne])) ne++; if (IsJoinedName(t, ns, ne)) return true; }
            return false;
        }

        /// <summary>True when t[a, b) is a name of capitalised parts joined by hyphens around short lower-case links ("Difa-e-Pakistan"; not "U.S.-led", "Afghanistan-Pakistan").</summary>
        private static bool IsJoinedName(string t, int a, int b)
        {
            while (b > a && !char.IsLetterOrDigit(t[b - 1])) b--;
            while (a < b && !char.IsLetterOrDigit(t[a])) a++;
            if (b - a < 5 || !char.IsUpper(t[a])) return false;
            var parts = t.Substring(a, b - a).Split('-');
            if (parts.Length < 3) return false;
            for (int i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part.Length == 0) return false;
                bool link = i % 2 == 1;
                if (link ? part.Length > JoinedNameLink || !part.All(char.IsLower) : !char.IsUpper(part[0])) return false;
            }
            return parts.Length % 2 == 1;
        }

        /// <summary>
        /// True when a capitalised word of the text is the head of a newspaper's, an institute's or the like's name (<see cref="Lexicon.NameHeads"/>)
        /// and follows another capitalised word ("Pakistan Observer", "Washington Post"), as the accounts' party index reads such names.
        /// </summary>
        private static bool NamesAnOutlet(string t)
        {
            var words = t.Split(' ');
            for (int i = 1; i < words.Length; i++)
            {
                var w = words[i].TrimEnd(',', '.', ';', ':');
                if (w.Length > 0 && char.IsUpper(w[0]) && words[i - 1].Length > 0 && char.IsUpper(words[i - 1][0]) && Lexicon.IsNameHead(w)) return true;
            }
            // "an American newspaper", "a Pakistani news channel": a capitalised word right before an outlet's noun
            for (int at = t.IndexOf(' '); at > 0; at = t.IndexOf(' ', at + 1))
            {
                int w = t.LastIndexOf(' ', at - 1) + 1;
                if (w < at && char.IsUpper(t[w]) && OutletNounAfter(t, at)) return true;
            }
            return false;
        }

        /// <summary>
        /// "an American newspaper", "a Pakistani channel", "a U.S. news website": true when the text right after a name or an
        /// adjective that ends at <paramref name="end"/> (a blank, then one or two words in lower case) is the noun of a
        /// newspaper or a broadcaster (the lower-case entries of accounts-name-heads.txt): the phrase names a publication
        /// of the country, not the country's side.
        /// </summary>
        internal static bool OutletNounAfter(string t, int end)
        {
            if (end + 1 >= t.Length || t[end] != ' ' || !char.IsLower(t[end + 1])) return false;
            int e1 = end + 1;
            while (e1 < t.Length && (char.IsLetter(t[e1]) || t[e1] == '-')) e1++;
            var first = t.Substring(end + 1, e1 - end - 1);
            if (Lexicon.IsNameHead(first)) return true;
            if (e1 + 1 >= t.Length || t[e1] != ' ' || !char.IsLower(t[e1 + 1])) return false;
            int e2 = e1 + 1;
            while (e2 < t.Length && char.IsLetter(t[e2])) e2++;
            return Lexicon.IsNameHead(t.Substring(end + 1, e2 - end - 1));
        }

        /// <summary>
        /// "the chairman of Gallup Pakistan", "a director of Oxfam America": a country's name (not its adjective) at
        /// <paramref name="at"/>, written right after a capitalised word that is not the text's first and that the lexicon
        /// does not know (a brand; not a title, an organisation word, a region word such as "North", a country or a place),
        /// names a company's or a charity's branch in that country, not the country's side.
        /// </summary>
        internal static bool AfterABrand(string t, int at)
        {
            var before = CapitalisedNameWordBefore(t, at);
            if (before == null || Lexicon.IsGivenName(before) || Lexicon.IsOrganisationWord(before) || CountryTable.FindPlace(before) != null) return false;
            var rest = t.Substring(at);
            var country = CountryTable.Scan(rest, out int wordIndex);
            return country != null && wordIndex == 0 && !country.Demonyms.Contains(Possessive.Strip(CountryTable.Words(rest)[0]));
        }

        /// <summary>
        /// The word right before <paramref name="at"/> (one blank or more between) when it is written with a capital that is not
        /// the sentence's (not the text's first word, nor after a sentence's end or a quotation's opening) and the lexicon
        /// knows it for no grammar word, adverb, title, abbreviation or country: a name's word ("Gallup", "Shafi"); else null.
        /// When the text is a name's own words (<paramref name="opensWithName"/>: a speaker's mention, "Gul Baig"), its first
        /// word is read too.
        /// </summary>
        internal static string? CapitalisedNameWordBefore(string t, int at, bool opensWithName = false)
        {
            var before = WordBefore(t, at, out int start);
            // the text's first word is capitalised whatever it is ("Senior Pakistan Army officers"), unless the text is a name's
            // words; a word joined to a mark before it ("(Gallup", "U.S.-Gallup") is not read
            bool first = start == 0;
            if (before == null || first && !opensWithName || !first && t[start - 1] != ' ' || before.Length < MinBrandLength) return null;
            if (!char.IsUpper(t[start]) || !first && OpensASentence(t, start - 1)) return null;
            if (Lexicon.IsKnownWord(before) || Lexicon.IsAdverb(before) || Lexicon.IsTitleWord(before) || Lexicon.IsAbbreviation(before) ||
                CountryTable.Find(before) != null) return null;
            return before;
        }

        /// <summary>
        /// The word right after <paramref name="end"/> (one blank between) when it is written with a capital and the lexicon knows
        /// it for no grammar word, adverb, title, abbreviation or country, as <see cref="CapitalisedNameWordBefore"/> reads the
        /// word before: a name's word ("Sher" in "Malik Sher Bahadur"); else null.
        /// </summary>
        internal static string? CapitalisedNameWordAfter(string t, int end)
        {
            if (end < 0 || end + 1 >= t.Length || t[end] != ' ' || !char.IsUpper(t[end + 1])) return null;
            int e = end + 1;
            while (e < t.Length && char.IsLetter(t[e])) e++;
            var after = t.Substring(end + 1, e - end - 1);
            if (after.Length < MinBrandLength || Lexicon.IsKnownWord(after) || Lexicon.IsAdverb(after) || Lexicon.IsTitleWord(after) ||
                Lexicon.IsAbbreviation(after) || CountryTable.Find(after) != null) return null;
            return after;
        }

        /// <summary>True when the text before the blanks that end at <paramref name="blank"/> ends a sentence or opens a quotation (a capital there is the sentence's).</summary>
        private static bool OpensASentence(string t, int blank)
        {
            int i = blank;
            while (i >= 0 && t[i] == ' ') i--;
            if (i < 0) return true;
            char c = t[i];
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '“' || c == '‘' || c == '(' || c == '—' || c == '–';
        }

        /// <summary>The letters a name's word before a country's name or a surname has at least (<see cref="CapitalisedNameWordBefore"/>): an initial is not read.</summary>
        private const int MinBrandLength = 2;

        /// <summary>
        /// "an official in the Afghan government": a nationality or country right before an institution word, or before a ministry
        /// after its portfolio's word ("a spokesman for the Afghan defense ministry": <see cref="MinistryAfterPortfolio"/>).
        /// </summary>
        public string? FromNationalInstitution(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var words = CountryTable.Words(text!);
            for (int i = 0; i + 1 < words.Count; i++)
            {
                var c = CountryTable.Find(words[i]);
                if (c != null && (Lexicon.IsOrganisationWord(words[i + 1].ToLowerInvariant()) || MinistryAfterPortfolio(words, i + 1))) return MapCountry(c);
            }
            // "Tariq Mirza of the Awami National Party": a political party of the country is one of its institutions too
            return CountryTable.ScanPoliticalParty(words) is { } party ? MapCountry(party) : null;
        }

        /// <summary>
        /// True when the words at <paramref name="at"/> are a ministry's word (organisation-words.txt 'ministry') after one word of
        /// its portfolio: "defense ministry", "interior ministry", "foreign ministry" after a country ("a spokesman for the Afghan
        /// defense ministry" is of that country's state, as "the Afghan ministry" is); not "border police" (no ministry) nor two
        /// words before it.
        /// </summary>
        private static bool MinistryAfterPortfolio(IReadOnlyList<string> words, int at) =>
            at + 1 < words.Count && !Lexicon.IsOrganisationWord(words[at].ToLowerInvariant()) &&
            Lexicon.IsOrganisationWord(words[at + 1].ToLowerInvariant(), OrganisationWordTag.Ministry);

        /// <summary>
        /// "PML-N's Khawaja Asif", "BJP leader": the country of the first political party of the country table a person's title names
        /// (countries.txt, fifth column), mapped to its manifest party; null when it names none. A party speaking as a body is no
        /// side (<see cref="FromText"/>); one of its politicians is their country's.
        /// </summary>
        public string? FromPoliticalParty(string? title)
        {
            if (string.IsNullOrWhiteSpace(title)) return null;
            return CountryTable.ScanPoliticalParty(CountryTable.Words(title!)) is { } party ? MapCountry(party) : null;
        }

        /// <summary>The party a manifest organisation, person or alias in the text names (no country table).</summary>
        public string? FromManifest(string? text)
        {
            if (string.IsNullOrWhiteSpace(text) || _parties.Count == 0) return null;
            if (!_fromManifest.TryGetValue(text!, out var party)) _fromManifest[text!] = party = FromManifestUncached(text!);
            return party;
        }

        private string? FromManifestUncached(string t)
        {
            int best = int.MaxValue;
            string? party = null;
            foreach (var p in _parties)
            {
                // the organisations, then the people
                EarliestOrganisation(t, p.Organisations, p.Name, ref best, ref party);
                Earliest(t, p.People, StringComparison.OrdinalIgnoreCase, p.Name, ref best, ref party);
                EarliestAlias(t, p.Aliases, p.Name, ref best, ref party);
            }
            if (party != null && PastPossessorOfCounterpart(t, best) is var rest && rest >= 0) return FromManifestUncached(t.Substring(rest));
            return party != null && AfterAMission(t, best) ? null : party;
        }

        /// <summary>
        /// True when <paramref name="party"/> is named in <paramref name="t"/> only by bare ministries (<see cref="IsBareMinistry"/>:
        /// "Foreign Ministry spokesman"; not "Pakistan Army", "ISAF", "State Department", nor a person or an alias of the party):
        /// an office every country has, which the text does not tie to the party by itself.
        /// </summary>
        public bool NamedOnlyByBareOrganisation(string? t, string party)
        {
            if (string.IsNullOrWhiteSpace(t)) return false;
            bool bare = false;
            foreach (var p in _parties)
            {
                if (!p.Name.Equals(party, StringComparison.Ordinal)) continue;
                for (int k = 0; k < p.People.Count; k++)
                    if (IndexOfWord(t!, p.People[k], StringComparison.OrdinalIgnoreCase) >= 0) return false;
                for (int k = 0; k < p.Aliases.Count; k++)
                    if (IndexOfWord(t!, p.Aliases[k], StringComparison.Ordinal) >= 0) return false;
                for (int k = 0; k < p.Organisations.Count; k++)
                {
                    var o = p.Organisations[k];
                    // (a ministry's other form of name, "Ministry of Foreign Affairs", is as bare as the manifest's "Foreign Ministry")
                    if (IndexOfWord(t!, o, StringComparison.OrdinalIgnoreCase) < 0 && !NamesAnotherForm(t!, o)) continue;
                    if (!IsBareMinistry(o)) return false;
                    bare = true;
                }
            }
            return bare;
        }

        /// <summary>True when the text names the organisation by another form of its name (<see cref="MinistryNames"/>).</summary>
        private static bool NamesAnotherForm(string t, string organisation)
        {
            foreach (var form in MinistryNames.OtherForms(organisation))
                if (IndexOfWord(t, form, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        /// <summary>
        /// "Foreign Ministry", "Defence Office": a portfolio (<see cref="PersonName.IsPortfolio"/>) and an organisation word,
        /// the name every state gives such a body, with no country in it.
        /// </summary>
        internal static bool IsBareMinistry(string organisation)
        {
            var words = organisation.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 2 && PersonName.IsPortfolio(words[0]) && Lexicon.IsOrganisationWord(words[1].ToLowerInvariant());
        }

        /// <summary>
        /// Where one of <paramref name="words"/> stands in <paramref name="t"/> as a whole word before <paramref name="best"/>,
        /// the earliest becomes the best, with <paramref name="name"/> its party (a tie keeps the one found first).
        /// </summary>
        private static void Earliest(string t, IReadOnlyList<string> words, StringComparison cmp, string name, ref int best, ref string? party)
        {
            for (int k = 0; k < words.Count; k++) // by index: no enumerator of the list
            {
                int i = IndexOfWord(t, words[k], cmp);
                if (i >= 0 && i < best) { best = i; party = name; }
            }
        }

        /// <summary><see cref="Earliest"/> for a side's aliases (as written), leaving out a country's name after a brand (<see cref="AfterABrand"/>).</summary>
        private static void EarliestAlias(string t, IReadOnlyList<string> aliases, string name, ref int best, ref string? party)
        {
            for (int k = 0; k < aliases.Count; k++) // by index: no enumerator of the list
            {
                int i = IndexOfWord(t, aliases[k], StringComparison.Ordinal);
                if (i >= 0 && i < best && !AfterABrand(t, i) && !InJoinedName(t, i, i + aliases[k].Length) && !OfOrigin(t, i, i + aliases[k].Length)) { best = i; party = name; }
            }
        }

        /// <summary>
        /// <see cref="Earliest"/> for a side's organisations, leaving out one written right after another country's name or
        /// adjective: "the Chinese Foreign Ministry" is not the side's "Foreign Ministry".
        /// </summary>
        private void EarliestOrganisation(string t, IReadOnlyList<string> organisations, string name, ref int best, ref string? party)
        {
            for (int k = 0; k < organisations.Count; k++) // by index: no enumerator of the list
            {
                int i = IndexOfWord(t, organisations[k], StringComparison.OrdinalIgnoreCase);
                if (i >= 0 && i < best && !OtherCountryBefore(t, i, name) && !AnotherBodyOfTheNoun(t, i, organisations[k])) { best = i; party = name; }
                // "Ministry of Foreign Affairs" for the manifest's "Foreign Ministry" (MinistryNames), with the same guard
                foreach (var form in MinistryNames.OtherForms(organisations[k]))
                {
                    i = IndexOfWord(t, form, StringComparison.OrdinalIgnoreCase);
                    if (i >= 0 && i < best && !OtherCountryBefore(t, i, name)) { best = i; party = name; }
                }
            }
        }

        /// <summary>
        /// True when the manifest organisation at <paramref name="at"/> is named by a common noun (written in lower case in the
        /// manifest: "coalition") and the words around it make it another body of that noun: a modifier of party politics right
        /// before it (party-alliance-words.txt: "a member from the ruling coalition", "the opposition coalition"), or an
        /// indefinite article before it and "of" after it ("a coalition of religious parties", "a coalition of aid groups"),
        /// which describes a body by its members. The side's body is named as a known one ("the coalition", "coalition forces").
        /// </summary>
        internal static bool AnotherBodyOfTheNoun(string t, int at, string organisation)
        {
            if (organisation.Length == 0 || !char.IsLower(organisation[0])) return false;
            var before = WordBefore(t, at, out _)?.ToLowerInvariant();
            if (before == null) return false;
            if (Lexicon.IsPartyAllianceWord(before)) return true;
            if (!Lexicon.Is(before, WordClass.IndefiniteArticle)) return false;
            int end = at + organisation.Length;
            int a = end;
            while (a < t.Length && t[a] == ' ') a++;
            if (a == end) return false;
            int b = a;
            while (b < t.Length && char.IsLetter(t[b])) b++;
            return b > a && Lexicon.IsAsWritten(t.Substring(a, b - a), WordGroup.OfComplement);
        }

        /// <summary>True when the word right before <paramref name="at"/> names a country that is not <paramref name="party"/>'s.</summary>
        private bool OtherCountryBefore(string t, int at, string party) => OtherCountryBefore(t, at, party, _parties);

        /// <summary>
        /// True when the word right before <paramref name="at"/> names a country that is not <paramref name="party"/>'s
        /// among these parties ("the Chinese Foreign Ministry" is not the side's "Foreign Ministry"); the claims' party
        /// index reads organisations with it too.
        /// </summary>
        internal static bool OtherCountryBefore(string t, int at, string party, IReadOnlyList<PartyDefinition> parties)
        {
            int end = at;
            while (end > 0 && t[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && t[start - 1] != ' ') start--;
            if (start == end) return false;
            var country = CountryTable.Find(t.Substring(start, end - start));
            return country != null && !MapCountry(country, parties).Equals(party, StringComparison.Ordinal);
        }

        /// <summary>
        /// "Sen. Jo Bell, Republican of Ohio", "Rep. Ann Cole, D-Maine": a U.S. party's word, then "of" or a hyphen, then a U.S.
        /// state (us-lawmakers.txt) in a person's title or role says the person is a lawmaker of the United States, as "Sen."
        /// alone does not (other countries have senators): the manifest party that names the United States; null when the text
        /// has no such label.
        /// </summary>
        /// <remarks>
        /// So does a U.S. party's word right before a lawmaker's noun or title (<see cref="NamesUsPartyMember"/>: "a Republican
        /// senator", "a Democratic aide on the committee", "Republican Sen. Jo Bell").
        /// </remarks>
        public string? UsLawmakerParty(string? text) => UnitedStates != null && (NamesUsLawmaker(text) || NamesUsPartyMember(text)) ? MapCountry(UnitedStates) : null;

        /// <summary>
        /// True when the text holds a U.S. party's word (us-lawmakers.txt 'adjective': "Republican", "Democratic") right before a
        /// noun or title of a member of Congress or of its staff ('member': "senator", "aide", "Sen."), with no name's word or
        /// country right before the party's word ("Christian Democratic", "Irish Republican" are other parties) and
        /// no country but the United States in the text ("a Social Democratic lawmaker in Germany"): "a Republican senator",
        /// "a Democratic aide on the Senate Armed Services Committee". Not "a Republican strategist" nor "a GOP donor", who hold
        /// no office.
        /// </summary>
        internal static bool NamesUsPartyMember(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            var words = CountryTable.Words(text!);
            bool found = false;
            for (int i = 0; i + 1 < words.Count && !found; i++)
            {
                if (!Lexicon.IsUsPartyAdjective(words[i]) || !Lexicon.IsLawmakerNoun(words[i + 1])) continue;
                // ("Christian Democratic", "Irish Republican": a name's word or a country before it; a capitalised word the lexicon
                // knows is a sentence's first, "One Republican member", and a U.S. state is the lawmaker's, "Indiana GOP Rep. Jo Bell")
                // ("Representative Republican member": a lawmaker's title written with the name, before the role the apposition gave)
                if (i > 0 && words[i - 1].Length > 0 && char.IsUpper(words[i - 1][0]) && !Lexicon.IsUsState(words[i - 1]) && !Lexicon.IsLawmakerNoun(words[i - 1]) &&
                    (!Lexicon.IsKnownWord(words[i - 1]) || CountryTable.Find(Possessive.Strip(words[i - 1])) != null)) continue;
                found = true;
            }
            if (!found) return false;
            var country = CountryTable.Scan(text!, out _);
            return country == null || ReferenceEquals(country, UnitedStates);
        }

        /// <summary>True when the text holds a U.S. lawmaker's party and state (see <see cref="UsLawmakerParty"/>).</summary>
        internal static bool NamesUsLawmaker(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            // "Representative Jo Bell of Ohio", "Sen. Ann Cole of New York": a lawmaker's title (us-lawmakers.txt 'member', as written
            // with its capital) whose "of" names a U.S. state (the title and the "of" phrase after the name, as the person's title and role)
            if (LawmakerTitleOfState(text!)) return true;
            // both labels open with a party's word, a whole word or the part before a hyphen: a text with none holds no label,
            // told from the words where they stand before any of them is cut out (most texts asked are no lawmaker's)
            if (!HasUsPartyWord(text!)) return false;
            var words = CountryTable.Words(text!);
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                string? next = i + 1 < words.Count ? words[i + 1] : null, after = i + 2 < words.Count ? words[i + 2] : null, third = i + 3 < words.Count ? words[i + 3] : null;
                // "Republican of Ohio", "Democrat of New York"
                if (Lexicon.IsUsParty(w) && w.Length > 1 && next == "of" && after != null && (Lexicon.IsUsState(after) || third != null && Lexicon.IsUsState(after + " " + third)))
                    return true;
                // "D-Maine", "R-New York"
                int hyphen = w.IndexOf('-');
                if (hyphen > 0 && Lexicon.IsUsParty(w.Substring(0, hyphen)) && w.Substring(hyphen + 1) is var state &&
                    (Lexicon.IsUsState(state) || next != null && Lexicon.IsUsState(state + " " + next)))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// True when the text opens with a lawmaker's title written with its capital (us-lawmakers.txt 'member': "Representative",
        /// "Rep.", "Senator") and then "of" and a U.S. state, of one word or two, and nothing more ("Representative of Ohio", as
        /// the title and the "of" phrase of "Representative Jo Bell of Ohio" are joined).
        /// </summary>
        private static bool LawmakerTitleOfState(string text)
        {
            int blank = text.IndexOf(' ');
            if (blank <= 0 || !char.IsUpper(text[0]) || !Lexicon.IsLawmakerNoun(text.Substring(0, blank))) return false;
            var rest = text.Substring(blank + 1);
            const string of = "of ";
            return rest.StartsWith(of, StringComparison.Ordinal) && Lexicon.IsUsStateAsWritten(rest.Substring(of.Length).Trim());
        }

        /// <summary>
        /// True when a word of the text (<see cref="CountryTable.Words"/>), or its part before its first hyphen, is a U.S. party's
        /// word (<see cref="Lexicon.IsUsParty(string)"/>): what each label of <see cref="NamesUsLawmaker"/> needs first.
        /// </summary>
        private static bool HasUsPartyWord(string text)
        {
            var words = _wordScratch ?? new List<(int Start, int Length)>();
            _wordScratch = null;
            try
            {
                CountryTable.WordRanges(text, words);
                foreach (var (s, n) in words)
                {
                    if (Lexicon.IsUsParty(text, s, n)) return true;
                    int hyphen = text.IndexOf('-', s, n);
                    if (hyphen > s && Lexicon.IsUsParty(text, s, hyphen - s)) return true;
                }
                return false;
            }
            finally
            {
                words.Clear();
                _wordScratch = words;
            }
        }

        /// <summary>This thread's list of word ranges for <see cref="HasUsPartyWord"/>, taken off the thread while in use.</summary>
        [ThreadStatic] private static List<(int Start, int Length)>? _wordScratch;

        /// <summary>The United States as the country table names it.</summary>
        private static readonly Country? UnitedStates = CountryTable.Find("United States");

        /// <summary>The manifest party that names this country (by name or alias), else the country's own name.</summary>
        public string MapCountry(Country country) => MapCountry(country, _parties);

        internal static string MapCountry(Country country, IReadOnlyList<PartyDefinition> parties)
        {
            foreach (var p in parties)
            {
                if (p.Name.Equals(country.Name, StringComparison.OrdinalIgnoreCase)) return p.Name;
                foreach (var a in p.Aliases)
                    if (a.Equals(country.Name, StringComparison.Ordinal) || country.Demonyms.Contains(a) || country.OtherNames.Contains(a)) return p.Name;
            }
            // a country no party names: the party that stands for the others ("Independent"), else the country itself
            foreach (var p in parties)
                if (p.Others) return p.Name;
            return country.Name;
        }

        private static int WordOffset(string text, int wordIndex)
        {
            int count = -1, i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
                if (i >= text.Length) break;
                count++;
                if (count == wordIndex) return i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' || text[i] == '-' || text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))) i++;
                if (i < text.Length && text[i] == '.') i++;
            }
            return int.MaxValue;
        }

        /// <summary>Index of a whole-word occurrence (a possessive after it is allowed), or -1.</summary>
        internal static int IndexOfWord(string text, string word, StringComparison cmp)
        {
            if (word.Length == 0) return -1;
            int from = 0;
            while (from <= text.Length - word.Length)
            {
                int i = text.IndexOf(word, from, cmp);
                if (i < 0) return -1;
                bool left = i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != '-';
                int e = i + word.Length;
                bool right = e >= text.Length || !char.IsLetterOrDigit(text[e]) && !(text[e] == '-' && e + 1 < text.Length && char.IsLetter(text[e + 1]) && !word.EndsWith(".", StringComparison.Ordinal))
                             && !(text[e] == '.' && e + 1 < text.Length && char.IsLetter(text[e + 1]));
                if (left && right) return i;
                from = i + 1;
            }
            return -1;
        }
    }
}
