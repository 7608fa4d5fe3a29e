using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools.Text
{
    /// <summary>
    /// The built-in table of countries (resource <c>countries.txt</c>): finds the country a
    /// nationality word, a country name or a short form names ("Pakistani", "U.S.", "Britain's").
    /// Case-sensitive, whole words only.
    /// </summary>
    internal static class CountryTable
    {
        private static readonly TracedLazy<Dictionary<string, Country>> _forms = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var c in Lexicon.Countries)
                foreach (var f in c.Forms())
                    if (!map.ContainsKey(f)) map[f] = c;
            return map;
        });

        private static readonly TracedLazy<Dictionary<string, Country>> _capitals = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var c in Lexicon.Countries)
                foreach (var f in c.Capitals)
                    if (!map.ContainsKey(f)) map[f] = c;
            return map;
        });

        private static readonly TracedLazy<Dictionary<string, Country>> _cities = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var byName = Lexicon.Countries.ToDictionary(c => c.Name, StringComparer.Ordinal);
            var map = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var line in Lexicon.Lines("cities.txt"))
            {
                var parts = line.Split('|').Select(p => p.Trim()).ToArray();
                if (parts.Length != 2 || !byName.TryGetValue(parts[1], out var c))
                    throw new InvalidOperationException("cities.txt: the line '" + line + "' does not name a city and a country of countries.txt.");
                map[parts[0]] = c;
            }
            return map;
        });

        /// <summary>
        /// The capitals and the cities of <see cref="_capitals"/> and <see cref="_cities"/> keyed in any case, for a place written
        /// in capitals whose listed spelling is not in title case ("MAZAR-I-SHARIF" for "Mazar-i-Sharif").
        /// </summary>
        private static readonly TracedLazy<Dictionary<string, Country>> _placesAnyCase = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
            foreach (var kv in _capitals.Value.Concat(_cities.Value))
                if (!map.ContainsKey(kv.Key)) map[kv.Key] = kv.Value;
            return map;
        });

        /// <summary>The political parties of <see cref="Country.PoliticalParties"/>, with their country.</summary>
        private static readonly TracedLazy<Dictionary<string, Country>> _politicalParties = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var c in Lexicon.Countries)
                foreach (var p in c.PoliticalParties)
                    if (!map.ContainsKey(p)) map[p] = c;
            return map;
        });

        /// <summary>
        /// What <see cref="Scan"/> reads in a description: the forms of <see cref="_forms"/>, and the political parties a
        /// politician is named by ("PML-N leader", <see cref="Country.PoliticalParties"/>), which name no country by themselves.
        /// </summary>
        private static readonly TracedLazy<Dictionary<string, Country>> _scanForms = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(_forms.Value, StringComparer.Ordinal);
            foreach (var p in _politicalParties.Value)
                if (!map.ContainsKey(p.Key)) map[p.Key] = p.Value;
            return map;
        });

        private static readonly TracedLazy<int> _longest = new TracedLazy<int>(() => _scanForms.Value.Keys.Max(k => k.Split(' ').Length));

        /// <summary>The first words of the forms of two words or more ("United" of "United States"): a form of several words starts with one.</summary>
        private static readonly TracedLazy<HashSet<string>> _firstOfLonger = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(_scanForms.Value.Keys.Where(k => k.IndexOf(' ') >= 0).Select(k => k.Split(' ')[0]), StringComparer.Ordinal));

        /// <summary>The first words of the forms of two words or more of <see cref="_forms"/> (what <see cref="Find"/> knows): "Khyber" of "Khyber Pakhtunkhwa".</summary>
        private static readonly TracedLazy<HashSet<string>> _firstOfLongerForms = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(_forms.Value.Keys.Where(k => k.IndexOf(' ') >= 0).Select(k => k.Substring(0, k.IndexOf(' '))), StringComparer.Ordinal));

        /// <summary>
        /// False only when no form <see cref="Find"/> knows can be <paramref name="word"/>, a blank and more words: the word is the
        /// first of no form of several words (the form's words are then not joined to be looked up; issue #10).
        /// </summary>
        public static bool MayOpenForm(string word) => _firstOfLongerForms.Value.Contains(word);

        /// <summary>The forms of <see cref="_scanForms"/> looked up by their place in a text (<see cref="Scan"/> reads words where they stand, no string cut out).</summary>
        private static readonly TracedLazy<WordMap<Country>> _formSpans = new TracedLazy<WordMap<Country>>(() =>
        {
            var map = new WordMap<Country>(_scanForms.Value.Count);
            foreach (var f in _scanForms.Value) map.Find(f.Key, 0, f.Key.Length, out _) = f.Value;
            return map;
        });

        /// <summary><see cref="_firstOfLonger"/> looked up by a word's place in a text.</summary>
        private static readonly TracedLazy<WordSet> _firstOfLongerSpans = new TracedLazy<WordSet>(() =>
        {
            var set = new WordSet(_firstOfLonger.Value.Count);
            foreach (var w in _firstOfLonger.Value) set.Add(w, 0, w.Length, out _);
            return set;
        });

        private static string StripPossessive(string w)
        {
            if (Possessive.EndsIn(w)) return Possessive.Strip(w);
            if (w.Length > 0 && w[w.Length - 1] is '\'' or '’') return w.Substring(0, w.Length - 1);
            return w;
        }

        /// <summary>The countries by their table names ("United States"): the party names the tables give speakers.</summary>
        private static readonly TracedLazy<Dictionary<string, Country>> _byName = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in Lexicon.Countries)
                if (!map.ContainsKey(c.Name)) map[c.Name] = c;
            return map;
        });

        /// <summary>The country of this table name ("United States", any case), or null: the country a party the tables gave is.</summary>
        public static Country? ByName(string name) => _byName.Value.TryGetValue(name.Trim(), out var c) ? c : null;

        /// <summary>
        /// Every form that may give a speaker a country: the forms of <see cref="_scanForms"/> (names, demonyms, other names,
        /// political parties) and the capitals and seats of government ("Islamabad", "the Pentagon").
        /// </summary>
        private static readonly TracedLazy<Dictionary<string, Country>> _namingForms = new TracedLazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(_scanForms.Value, StringComparer.Ordinal);
            foreach (var c in _capitals.Value)
                if (!map.ContainsKey(c.Key)) map[c.Key] = c.Value;
            return map;
        });

        /// <summary>The first words of the forms of several words of <see cref="_namingForms"/>.</summary>
        private static readonly TracedLazy<HashSet<string>> _namingFirstWords = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(_namingForms.Value.Keys.Where(k => k.IndexOf(' ') >= 0).Select(k => k.Split(' ')[0]), StringComparer.Ordinal));

        /// <summary>The most words a form of <see cref="_namingForms"/> has.</summary>
        private static readonly TracedLazy<int> _namingLongest = new TracedLazy<int>(() => _namingForms.Value.Keys.Max(k => k.Split(' ').Length));

        /// <summary>
        /// Every country the text names by a form, a capital or seat of government, or a political party, in the order first
        /// named: the sides the tables can give the speakers of a text without a manifest (a superset of those they give, read
        /// without the attribution stage; tab completion offers them).
        /// </summary>
        /// <remarks>
        /// Not the speaker resolver's TextNames (whether a document names the country of an executive's word, "an
        /// administration official"), which reads the analysed document's capitalised tokens, one or two, and counts no
        /// political party: this one reads raw text without the tokenizer (completion has no analysed document) and is a
        /// superset on purpose. One for both would move output (a party's name would give an executive official a side).
        /// </remarks>
        public static IReadOnlyList<Country> NamedIn(string text)
        {
            var found = new List<Country>();
            if (string.IsNullOrEmpty(text)) return found;
            var forms = _namingForms.Value;
            var words = new List<(int Start, int Length)>();
            WordRanges(text, words);
            for (int i = 0; i < words.Count; i++)
            {
                var word = text.Substring(words[i].Start, words[i].Length);
                int longest = _namingFirstWords.Value.Contains(word) ? Math.Min(_namingLongest.Value, words.Count - i) : 1;
                for (int n = longest; n >= 1; n--)
                {
                    var form = n == 1 ? word : Join(text, words, i, n);
                    if (forms.TryGetValue(StripPossessive(form), out var c))
                    {
                        if (!found.Contains(c)) found.Add(c);
                        i += n - 1;
                        break;
                    }
                }
            }
            return found;
        }

        /// <summary>The country a whole form names ("Pakistani", "United States", "Pakistan's"), or null.</summary>
        public static Country? Find(string form)
        {
            form = StripPossessive(form.Trim());
            return _forms.Value.TryGetValue(form, out var c) ? c : null;
        }

        /// <summary>The country of a form of several words that <see cref="Scan"/> reads (a name of the country or of one of its parties), or null.</summary>
        private static Country? ScanForm(string form) => _scanForms.Value.TryGetValue(StripPossessive(form.Trim()), out var c) ? c : null;

        /// <summary>The country whose political party the whole text names, after an article ("the PML-N", "Awami National Party"), or null.</summary>
        public static Country? FindPoliticalParty(string text)
        {
            var t = StripPossessive(text.Trim());
            if (t.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) t = t.Substring(4).TrimStart();
            return _politicalParties.Value.TryGetValue(t, out var c) ? c : null;
        }

        /// <summary>The country of the first political party named in a text's words (<see cref="Words"/>: "a senator of the Awami National Party"), or null.</summary>
        public static Country? ScanPoliticalParty(List<string> words)
        {
            for (int i = 0; i < words.Count; i++)
            {
                // A party of several words starts with the first word of a form of several words (the words hold no blank, and a
                // possessive is stripped from the last one only): the longer runs are joined only after such a word, not at every
                // word of every title and description resolved (a list and a string for each length; issue #10).
                int longest = _firstOfLonger.Value.Contains(words[i]) ? Math.Min(_longest.Value, words.Count - i) : 1;
                for (int n = longest; n >= 1; n--)
                    if (_politicalParties.Value.TryGetValue(StripPossessive(n == 1 ? words[i] : string.Join(" ", words.GetRange(i, n))), out var c)) return c;
            }
            return null;
        }

        /// <summary>The country a demonym names, or null.</summary>
        public static Country? FindDemonym(string word)
        {
            var c = Find(word);
            return c != null && c.Demonyms.Contains(StripPossessive(word)) ? c : null;
        }

        /// <summary>The country of a city a story may be filed from ("Peshawar", "Rawalpindi"; cities.txt), or null. In a description only as a local one's whole phrase of place ("an official in Quetta").</summary>
        public static Country? FindCity(string name) =>
            _cities.Value.TryGetValue(StripPossessive(name.Trim()), out var c) ? c : null;

        /// <summary>The country whose capital this is, when the capital stands alone as a speaker ("Washington").</summary>
        public static Country? FindCapital(string name) =>
            _capitals.Value.TryGetValue(StripPossessive(name.Trim()), out var c) ? c : null;

        /// <summary>The country a name is, or whose capital it is ("Pakistan", "Islamabad"), or null: a name that is a place, not a person.</summary>
        public static Country? FindCountryOrCapital(string name) => Find(name) ?? FindCapital(name);

        /// <summary>The country of a place a story or a correspondent reports from: a capital, else a city of cities.txt; or null.</summary>
        public static Country? FindPlace(string name) => FindCapital(name) ?? FindCity(name);

        /// <summary>
        /// <see cref="FindPlace"/> for a place written in capitals, a dateline's "MAZAR-I-SHARIF", "DERA ISMAIL KHAN": the capital
        /// or city of that spelling in any case (the lists keep the place's own casing, "Mazar-i-Sharif"); null for a name with a
        /// lower-case letter or none listed.
        /// </summary>
        public static Country? FindPlaceInCapitals(string name)
        {
            name = name.Trim();
            if (name.Length == 0 || name.Any(char.IsLower)) return null;
            return _placesAnyCase.Value.TryGetValue(name, out var c) ? c : null;
        }

        /// <summary>The first country named in the words of a text (or whose political party it names), with the word index where it is named.</summary>
        /// <remarks>
        /// The words (<see cref="Words"/>) are read where they stand, as ranges of the text, and a word is looked up in place: a
        /// string is made only for a form of several words, after a word that starts one. (The list of words and their strings
        /// were most of the bytes the party's resolution allocated.)
        /// </remarks>
        public static Country? Scan(string text, out int wordIndex)
        {
            var words = _scanScratch ?? new List<(int Start, int Length)>();
            _scanScratch = null;
            try
            {
                WordRanges(text, words);
                var forms = _formSpans.Value;
                for (int i = 0; i < words.Count; i++)
                {
                    // the forms of several words that start elsewhere are not tried (Find strips a possessive at the end only)
                    var (ws, wl) = words[i];
                    int longest = _firstOfLongerSpans.Value.Contains(text, ws, wl) ? _longest.Value : 1;
                    for (int n = Math.Min(longest, words.Count - i); n >= 1; n--)
                    {
                        var c = n == 1 ? (forms.TryGetValue(text, ws, StrippedLength(text, ws, wl), out var one) ? one : null) : ScanForm(Join(text, words, i, n));
                        if (c != null)
                        {
                            wordIndex = i;
                            return c;
                        }
                    }
                }
                wordIndex = -1;
                return null;
            }
            finally
            {
                words.Clear();
                _scanScratch = words;
            }
        }

        /// <summary>This thread's list of word ranges for <see cref="Scan"/>, taken off the thread while in use.</summary>
        [ThreadStatic] private static List<(int Start, int Length)>? _scanScratch;

        /// <summary>
        /// The length of the word text[start..start+length) without its possessive: what <see cref="StripPossessive"/> keeps of it
        /// (a word of <see cref="Words"/> has no blank for <c>Trim</c> to take).
        /// </summary>
        private static int StrippedLength(string text, int start, int length)
        {
            int last = start + length - 1;
            if (length >= 2 && text[last] == 's' && (text[last - 1] == '\'' || text[last - 1] == '’')) return length - Possessive.Straight.Length;
            if (length > 0 && text[last] is '\'' or '’') return length - 1;
            return length;
        }

        /// <summary>Words i to i+n-1 joined by one blank, as <c>string.Join(" ", …)</c> of their strings.</summary>
        private static string Join(string text, List<(int Start, int Length)> words, int i, int n)
        {
            var sb = new System.Text.StringBuilder();
            for (int k = i; k < i + n; k++)
            {
                if (k > i) sb.Append(' ');
                sb.Append(text, words[k].Start, words[k].Length);
            }
            return sb.ToString();
        }

        /// <summary>Splits a text into words, keeping internal dots, hyphens and apostrophes (U.S.-led, Pakistan's).</summary>
        internal static List<string> Words(string text)
        {
            var list = new List<string>();
            int i = 0;
            while (NextWord(text, ref i, out int s)) list.Add(text.Substring(s, i - s));
            return list;
        }

        /// <summary>The words of <see cref="Words"/> as ranges of the text (start, length), into a list the caller gives (cleared first).</summary>
        internal static void WordRanges(string text, List<(int Start, int Length)> into)
        {
            into.Clear();
            int i = 0;
            while (NextWord(text, ref i, out int s)) into.Add((s, i - s));
        }

        /// <summary>The next word of <see cref="Words"/> from text[i] on: true with its start in <paramref name="s"/> and <paramref name="i"/> past it; false when none is left.</summary>
        private static bool NextWord(string text, ref int i, out int s)
        {
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
                s = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' || text[i] == '-' || text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))) i++;
                // keep the dot of dotted forms (U.S.)
                if (i < text.Length && text[i] == '.' && i - s >= 2 && text.IndexOf('.', s, i - s) >= 0) i++;
                if (i > s) return true;
            }
            s = i;
            return false;
        }
    }
}
