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
        private static readonly Lazy<Dictionary<string, Country>> _forms = new Lazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var c in Lexicon.Countries)
                foreach (var f in c.Forms())
                    if (!map.ContainsKey(f)) map[f] = c;
            return map;
        });

        private static readonly Lazy<Dictionary<string, Country>> _capitals = new Lazy<Dictionary<string, Country>>(() =>
        {
            var map = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var c in Lexicon.Countries)
                foreach (var f in c.Capitals)
                    if (!map.ContainsKey(f)) map[f] = c;
            return map;
        });

        private static readonly Lazy<Dictionary<string, Country>> _cities = new Lazy<Dictionary<string, Country>>(() =>
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

        private static readonly Lazy<int> _longest = new Lazy<int>(() => _forms.Value.Keys.Max(k => k.Split(' ').Length));

        /// <summary>The first words of the forms of two words or more ("United" of "United States"): a form of several words starts with one.</summary>
        private static readonly Lazy<HashSet<string>> _firstOfLonger = new Lazy<HashSet<string>>(() =>
            new HashSet<string>(_forms.Value.Keys.Where(k => k.IndexOf(' ') >= 0).Select(k => k.Split(' ')[0]), StringComparer.Ordinal));

        private static string StripPossessive(string w)
        {
            if (Possessive.EndsIn(w)) return Possessive.Strip(w);
            if (w.Length > 0 && w[w.Length - 1] is '\'' or '’') return w.Substring(0, w.Length - 1);
            return w;
        }

        /// <summary>The country a whole form names ("Pakistani", "United States", "Pakistan's"), or null.</summary>
        public static Country? Find(string form)
        {
            form = StripPossessive(form.Trim());
            return _forms.Value.TryGetValue(form, out var c) ? c : null;
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

        /// <summary>The country of a place a story or a correspondent reports from: a capital, else a city of cities.txt; or null.</summary>
        public static Country? FindPlace(string name) => FindCapital(name) ?? FindCity(name);

        /// <summary>The first country named in the words of a text, with the word index where it is named.</summary>
        public static Country? Scan(string text, out int wordIndex)
        {
            var words = Words(text);
            for (int i = 0; i < words.Count; i++)
            {
                // the forms of several words that start elsewhere are not tried (Find strips a possessive at the end only)
                int longest = _firstOfLonger.Value.Contains(words[i]) ? _longest.Value : 1;
                for (int n = Math.Min(longest, words.Count - i); n >= 1; n--)
                {
                    var form = n == 1 ? words[i] : string.Join(" ", words.Skip(i).Take(n));
                    var c = Find(form);
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

        /// <summary>Splits a text into words, keeping internal dots, hyphens and apostrophes (U.S.-led, Pakistan's).</summary>
        internal static List<string> Words(string text)
        {
            var list = new List<string>();
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
                int s = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' || text[i] == '-' || text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))) i++;
                // keep the dot of dotted forms (U.S.)
                if (i < text.Length && text[i] == '.' && i - s >= 2 && text.Substring(s, i - s).IndexOf('.') >= 0) i++;
                if (i > s) list.Add(text.Substring(s, i - s));
            }
            return list;
        }
    }
}
