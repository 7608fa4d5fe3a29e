using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>Which form of a verb a word is.</summary>
    internal enum VerbForm { Base, ThirdPerson, Past, Gerund }

    /// <summary>One form of a verb that attributes what follows or precedes it to its subject, with the verb's tags.</summary>
    internal sealed class CueVerb
    {
        private readonly HashSet<string> _tags;

        public CueVerb(string form, string lemma, VerbForm kind, HashSet<string> tags, string[]? particle = null)
        {
            Form = form;
            Lemma = lemma;
            Kind = kind;
            _tags = tags;
            Particle = particle;
        }

        public string Form { get; }
        public string Lemma { get; }
        public VerbForm Kind { get; }

        /// <summary>For a phrasal cue ("call for", "point out"), the words after the verb.</summary>
        public string[]? Particle { get; }

        public bool Has(string tag) => _tags.Contains(tag);

        public bool IsSpeech => _tags.Contains("speech");

        public override string ToString() => Form + " (" + Lemma + ")";
    }

    /// <summary>
    /// The reported-speech rules' lexicon, from embedded resources: the verbs that attribute
    /// (<c>reported-speech-verbs.txt</c>, tagged speech, thought, stance, evidence, …) and the
    /// function words clauses are read with (<c>clause-words.txt</c>, tagged aux, opener, intro, …).
    /// Read once; never changed after.
    /// </summary>
    internal static class CueLexicon
    {
        private static readonly Lazy<(Dictionary<string, CueVerb> Verbs, Dictionary<string, List<CueVerb>> Phrases)> _verbs =
            new Lazy<(Dictionary<string, CueVerb>, Dictionary<string, List<CueVerb>>)>(LoadVerbs);

        private static readonly Lazy<Dictionary<string, HashSet<string>>> _words = new Lazy<Dictionary<string, HashSet<string>>>(LoadWords);

        /// <summary>The verb form of a lower-case word, or null.</summary>
        public static CueVerb? Verb(string lower) => _verbs.Value.Verbs.TryGetValue(lower, out var v) ? v : null;

        /// <summary>The phrasal cues ("call for") whose verb is this lower-case form, longest first.</summary>
        public static IReadOnlyList<CueVerb> Phrases(string lower) =>
            _verbs.Value.Phrases.TryGetValue(lower, out var list) ? list : (IReadOnlyList<CueVerb>)Array.Empty<CueVerb>();

        /// <summary>True when the lower-case word carries the tag in clause-words.txt.</summary>
        public static bool Is(string lower, string tag) => _words.Value.TryGetValue(lower, out var tags) && tags.Contains(tag);

        /// <summary>A lower-case adverb in -ly ("publicly", "flatly") that is not itself a cue verb.</summary>
        public static bool IsLyAdverb(Token t) =>
            t.IsLowerWord && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && Verb(t.Lower) == null;

        private static (Dictionary<string, CueVerb>, Dictionary<string, List<CueVerb>>) LoadVerbs()
        {
            var verbs = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
            var lines = new List<(string[] Forms, HashSet<string> Tags)>();
            var phraseLines = new List<(string[] Words, HashSet<string> Tags)>();
            foreach (var line in WordLists.Lines("reported-speech-verbs.txt"))
            {
                var parts = line.Split('|');
                var tags = new HashSet<string>(parts.Length > 1 ? parts[1].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>(), StringComparer.Ordinal);
                var words = parts[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                if (words[0] == "+") phraseLines.Add((Sub(words, 1), tags));
                else lines.Add((words, tags));
            }
            var formsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (forms, tags) in lines)
            {
                formsOf[forms[0]] = forms;
                for (int i = 0; i < forms.Length; i++)
                {
                    var f = forms[i];
                    if (verbs.ContainsKey(f)) continue;
                    verbs[f] = new CueVerb(f, forms[0], KindOf(forms, i), tags);
                }
            }
            var phrases = new Dictionary<string, List<CueVerb>>(StringComparer.Ordinal);
            foreach (var (words, tags) in phraseLines)
            {
                if (words.Length < 2 || !formsOf.TryGetValue(words[0], out var forms)) continue;
                var particle = Sub(words, 1);
                for (int i = 0; i < forms.Length; i++)
                {
                    if (!phrases.TryGetValue(forms[i], out var list)) phrases[forms[i]] = list = new List<CueVerb>();
                    list.Add(new CueVerb(forms[i], forms[0], KindOf(forms, i), tags, particle));
                }
            }
            foreach (var list in phrases.Values) list.Sort((a, b) => b.Particle!.Length.CompareTo(a.Particle!.Length));
            return (verbs, phrases);
        }

        private static VerbForm KindOf(string[] forms, int i)
        {
            var f = forms[i];
            if (i == 0) return VerbForm.Base;
            if (f.EndsWith("ing", StringComparison.Ordinal)) return VerbForm.Gerund;
            if (i == 1 && f.EndsWith("s", StringComparison.Ordinal)) return VerbForm.ThirdPerson;
            return VerbForm.Past;
        }

        private static string[] Sub(string[] a, int from)
        {
            var r = new string[a.Length - from];
            Array.Copy(a, from, r, 0, r.Length);
            return r;
        }

        private static Dictionary<string, HashSet<string>> LoadWords()
        {
            var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var line in WordLists.Lines("clause-words.txt"))
            {
                var parts = line.Split('|');
                var word = parts[0].Trim();
                if (word.Length == 0) continue;
                if (!map.TryGetValue(word, out var tags)) map[word] = tags = new HashSet<string>(StringComparer.Ordinal);
                if (parts.Length > 1)
                    foreach (var t in parts[1].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) tags.Add(t);
            }
            return map;
        }
    }
}
