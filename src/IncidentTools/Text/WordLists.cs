using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools.Text
{
    /// <summary>Where a reporting verb counts as a cue: anywhere, only before the quote, or only in an attribution after it.</summary>
    internal enum CueUse { Any, Before, After }

    /// <summary>One reporting verb form ("told"), its lemma ("tell") and where it may be a cue.</summary>
    internal sealed class ReportingVerb
    {
        public ReportingVerb(string form, string lemma, CueUse use)
        {
            Form = form;
            Lemma = lemma;
            Use = use;
        }

        public string Form { get; }
        public string Lemma { get; }
        public CueUse Use { get; }
        public bool IsParticiple => Form.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>A country: its name, demonyms, other names and capital (used as a metonym only alone).</summary>
    internal sealed class Country
    {
        public Country(string name, bool matchName)
        {
            Name = name;
            MatchName = matchName;
        }

        public string Name { get; }
        public bool MatchName { get; }
        public List<string> Demonyms { get; } = new List<string>();
        public List<string> OtherNames { get; } = new List<string>();
        public List<string> Capitals { get; } = new List<string>();

        /// <summary>Every form matched inside a description (name, demonyms, other names).</summary>
        public IEnumerable<string> Forms()
        {
            if (MatchName) yield return Name;
            foreach (var d in Demonyms) yield return d;
            foreach (var o in OtherNames) yield return o;
        }
    }

    /// <summary>
    /// The word lists the quote stage reads, from embedded resources
    /// (<c>IncidentTools.Resources.*.txt</c>): reporting verbs, cue phrases, titles,
    /// speaker nouns, organisation words, abbreviations and countries.
    /// </summary>
    internal static class WordLists
    {
        private static readonly Lazy<Dictionary<string, ReportingVerb>> _verbs = new Lazy<Dictionary<string, ReportingVerb>>(LoadVerbs);
        private static readonly Lazy<List<string[]>> _cuePhrases = new Lazy<List<string[]>>(() =>
            Lines("cue-phrases.txt").Select(l => l.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToList());
        private static readonly Lazy<List<(string[] Words, char Gender)>> _titles = new Lazy<List<(string[], char)>>(LoadTitles);
        private static readonly Lazy<Dictionary<string, (string Singular, bool Plural)>> _speakerNouns = new Lazy<Dictionary<string, (string, bool)>>(LoadSpeakerNouns);
        private static readonly Lazy<(HashSet<string> Orgs, HashSet<string> Docs)> _orgWords = new Lazy<(HashSet<string>, HashSet<string>)>(LoadOrgWords);
        private static readonly Lazy<HashSet<string>> _abbreviations = new Lazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("abbreviations.txt").SelectMany(l => l.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal));
        private static readonly Lazy<List<Country>> _countries = new Lazy<List<Country>>(LoadCountries);

        public static IReadOnlyDictionary<string, ReportingVerb> ReportingVerbs => _verbs.Value;

        /// <summary>Multi-word cues ("according to", "in a statement"), as lower-case word arrays.</summary>
        public static IReadOnlyList<string[]> CuePhrases => _cuePhrases.Value;

        /// <summary>Titles written before names, longest first, with the gender they imply ('m', 'f' or '\0').</summary>
        public static IReadOnlyList<(string[] Words, char Gender)> Titles => _titles.Value;

        public static IReadOnlyList<Country> Countries => _countries.Value;

        private static readonly Lazy<Dictionary<string, char>> _firstNames = new Lazy<Dictionary<string, char>>(() =>
        {
            var map = new Dictionary<string, char>(StringComparer.Ordinal);
            foreach (var line in Lines("first-names.txt"))
            {
                var w = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (w.Length < 2) continue;
                for (int i = 1; i < w.Length; i++)
                {
                    // a name listed for both genders tells nothing
                    if (map.TryGetValue(w[i], out var g) && g != w[0][0]) map[w[i]] = '?';
                    else map[w[i]] = w[0][0];
                }
            }
            return map;
        });

        /// <summary>The gender a given name usually indicates ('m', 'f'), or '\0' when unknown.</summary>
        public static char GenderOfFirstName(string name) =>
            _firstNames.Value.TryGetValue(name, out var g) && g != '?' ? g : '\0';

        public static bool IsAbbreviation(string word) => _abbreviations.Value.Contains(word);

        /// <summary>A reporting verb form, matched in lower case.</summary>
        public static ReportingVerb? Verb(string word) =>
            _verbs.Value.TryGetValue(word.ToLowerInvariant(), out var v) ? v : null;

        /// <summary>True for a noun that heads a description of a person ("official", "spokesmen").</summary>
        public static bool IsSpeakerNoun(string word, out string singular, out bool plural)
        {
            if (_speakerNouns.Value.TryGetValue(word.ToLowerInvariant(), out var e))
            {
                singular = e.Singular;
                plural = e.Plural;
                return true;
            }
            singular = word;
            plural = false;
            return false;
        }

        /// <summary>True for a word that heads an organisation's name or description ("department", "Ministry").</summary>
        public static bool IsOrganisationWord(string word) => _orgWords.Value.Orgs.Contains(word.ToLowerInvariant());

        /// <summary>True for a document that speaks for its author ("statement", "report").</summary>
        public static bool IsDocumentWord(string word) => _orgWords.Value.Docs.Contains(word.ToLowerInvariant());

        internal static IEnumerable<string> Lines(string resource)
        {
            var asm = typeof(WordLists).Assembly;
            using var stream = asm.GetManifestResourceStream("IncidentTools.Resources." + resource)
                ?? throw new InvalidOperationException("Missing embedded resource " + resource);
            using var reader = new StreamReader(stream);
            var result = new List<string>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                line = line.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                result.Add(line);
            }
            return result;
        }

        private static Dictionary<string, ReportingVerb> LoadVerbs()
        {
            var map = new Dictionary<string, ReportingVerb>(StringComparer.Ordinal);
            foreach (var line in Lines("reporting-verbs.txt"))
            {
                var parts = line.Split('|');
                var use = CueUse.Any;
                if (parts.Length > 1)
                {
                    var u = parts[1].Trim();
                    if (u == "before") use = CueUse.Before;
                    else if (u == "after") use = CueUse.After;
                }
                var forms = parts[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (forms.Length == 0) continue;
                foreach (var f in forms)
                    if (!map.ContainsKey(f)) map[f] = new ReportingVerb(f, forms[0], use);
            }
            return map;
        }

        private static List<(string[], char)> LoadTitles()
        {
            var list = new List<(string[], char)>();
            foreach (var line in Lines("titles.txt"))
            {
                var parts = line.Split('|');
                char g = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim()[0] : '\0';
                list.Add((parts[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), g));
            }
            return list.OrderByDescending(t => t.Item1.Length).ToList();
        }

        private static Dictionary<string, (string, bool)> LoadSpeakerNouns()
        {
            var map = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
            foreach (var line in Lines("speaker-nouns.txt"))
            {
                var w = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (w.Length == 0) continue;
                if (!map.ContainsKey(w[0])) map[w[0]] = (w[0], false);
                for (int i = 1; i < w.Length; i++)
                    if (!map.ContainsKey(w[i])) map[w[i]] = (w[0], true);
            }
            return map;
        }

        private static (HashSet<string>, HashSet<string>) LoadOrgWords()
        {
            var orgs = new HashSet<string>(StringComparer.Ordinal);
            var docs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lines("organisation-words.txt"))
            {
                if (line.StartsWith("doc ", StringComparison.Ordinal)) docs.Add(line.Substring(4).Trim());
                else orgs.Add(line);
            }
            return (orgs, docs);
        }

        private static List<Country> LoadCountries()
        {
            var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
            var order = new List<Country>();
            foreach (var line in Lines("countries.txt"))
            {
                var parts = line.Split('|').Select(p => p.Trim()).ToArray();
                var name = parts[0];
                bool match = !name.StartsWith("!", StringComparison.Ordinal);
                name = name.TrimStart('!');
                if (!byName.TryGetValue(name, out var c))
                {
                    c = new Country(name, match);
                    byName[name] = c;
                    order.Add(c);
                }
                void Add(List<string> target, int index)
                {
                    if (parts.Length <= index) return;
                    foreach (var f in parts[index].Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
                        if (!target.Contains(f)) target.Add(f);
                }
                Add(c.Demonyms, 1);
                Add(c.OtherNames, 2);
                Add(c.Capitals, 3);
            }
            return order;
        }
    }
}
