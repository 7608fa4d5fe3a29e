using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// A set of short lower-case ASCII strings that patterns need (the words of cues and party
    /// names), and which of them a text holds, found in one pass over the text: each string is
    /// filed under its first two characters, so a position of the text tries only the strings
    /// that start there. Texts are read folded (<see cref="AccountText.FoldChar"/>). Add every
    /// string, then <see cref="Seal"/>; a sealed set is read-only and may be shared by threads.
    /// </summary>
    internal sealed class LiteralSet
    {
        private readonly List<string> _strings = new List<string>();
        private readonly Dictionary<string, int> _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        /// <summary>For a pair of ASCII characters (first * 128 + second), the range of <see cref="_pairIds"/> that start with them.</summary>
        private int[]? _pairStart;
        private int[] _pairIds = Array.Empty<int>();
        /// <summary>
        /// Beside each entry of <see cref="_pairIds"/>, the third character of its string, or <see cref="NoThird"/> for a string of
        /// two: a place whose third character differs is passed over without reading the string (a pair such as "in" or "co"
        /// starts a score of a manifest's strings, and stands inside many words).
        /// </summary>
        private int[] _pairThird = Array.Empty<int>();

        /// <summary>In <see cref="_pairThird"/>: the string is its pair alone.</summary>
        private const int NoThird = -1;

        /// <summary>The third character of a place read past the window's end: no string of three or more fits there.</summary>
        private const int PastEnd = -2;
        /// <summary>For an ASCII character, the strings of that one character.</summary>
        private int[][] _singles = Array.Empty<int[]>();

        /// <summary>The id of a string (added when new). Strings with characters other than ASCII are not allowed.</summary>
        public int Add(string s)
        {
            if (_pairStart != null) throw new InvalidOperationException("The set is sealed.");
            if (s.Length == 0 || s.Any(c => c >= 128)) throw new ArgumentException("Only non-empty ASCII strings.", nameof(s));
            if (_ids.TryGetValue(s, out var id)) return id;
            _ids[s] = id = _strings.Count;
            _strings.Add(s);
            return id;
        }

        public int Count => _strings.Count;

        /// <summary>
        /// Which strings of the set text[from..to) holds, by id, the text read folded (<see cref="AccountText.FoldChar"/>)
        /// character by character: no folded copy of it is made. <paramref name="found"/> gets each id found, once.
        /// </summary>
        public bool[] Present(string text, int from, int to, List<int>? found = null)
        {
            if (_pairStart == null) throw new InvalidOperationException("The set is not sealed.");
            return Fill(text, from, to, new bool[_strings.Count], found);
        }

        /// <summary>
        /// As <see cref="Present"/>, in this thread's scratch array (as long as <see cref="Count"/> or longer: read only the
        /// ids of this set), which the next call on the thread overwrites: for a caller that reads it before it asks again
        /// (the claims ask at every sentence and every party mention, and a new array each time was much of what they allocated).
        /// </summary>
        public bool[] PresentInScratch(string text, int from, int to, List<int>? found = null) =>
            Fill(text, from, to, ClearedScratch(), found);

        [ThreadStatic] private static bool[]? _scratch;

        /// <summary>This thread's scratch array, long enough for the set's ids and cleared for them (the set must be sealed).</summary>
        private bool[] ClearedScratch()
        {
            if (_pairStart == null) throw new InvalidOperationException("The set is not sealed.");
            var present = _scratch;
            if (present == null || present.Length < _strings.Count) _scratch = present = new bool[_strings.Count];
            else Array.Clear(present, 0, _strings.Count);
            return present;
        }

        /// <summary>
        /// As <see cref="PresentInScratch(string, int, int, List{int})"/>, and every place each string stands in the window
        /// into <paramref name="hits"/> (cleared first), in the order of the text: a pattern that needs the strings then
        /// tries only where they stand, from the same one pass.
        /// </summary>
        public bool[] PresentInScratch(string text, int from, int to, List<int>? found, LiteralHits hits)
        {
            var present = ClearedScratch();
            hits.Clear();
            return Fill(text, from, to, present, found, hits);
        }

        private bool[] Fill(string text, int from, int to, bool[] present, List<int>? found, LiteralHits? hits = null)
        {
            var pairStart = _pairStart!;
            if (from >= to) return present;
            // each character folded once: the one at i, then the one after it, which is the next step's first
            int c = AccountText.FoldChar(text[from]);
            for (int i = from; i < to; i++)
            {
                int d = i + 1 < to ? AccountText.FoldChar(text[i + 1]) : -1;
                if (c < 128)
                {
                    var singles = _singles[c];
                    if (singles != null)
                    {
                        foreach (var id in singles)
                        {
                            hits?.Add(id, i);
                            if (present[id]) continue;
                            present[id] = true;
                            found?.Add(id);
                        }
                    }
                    if (d >= 0 && d < 128)
                    {
                        int key = c * 128 + d;
                        // the place's third character, folded once for all the strings of the pair (read at the first that needs it)
                        int third = NoThird;
                        for (int k = pairStart[key], e = pairStart[key + 1]; k < e; k++)
                        {
                            int id = _pairIds[k];
                            // (each place of a string only when asked for its places: else its first one is enough)
                            if (present[id] && hits == null) continue;
                            int need = _pairThird[k];
                            if (need != NoThird)
                            {
                                if (third == NoThird) third = i + 2 < to ? AccountText.FoldChar(text[i + 2]) : PastEnd;
                                if (need != third) continue;
                            }
                            var s = _strings[id];
                            if (i + s.Length <= to && HoldsAt(text, i, s))
                            {
                                hits?.Add(id, i);
                                if (present[id]) continue;
                                present[id] = true;
                                found?.Add(id);
                            }
                        }
                    }
                }
                c = d;
            }
            return present;
        }

        /// <summary>True when the text folded holds s at <paramref name="at"/> (its first two characters known to match).</summary>
        private static bool HoldsAt(string text, int at, string s)
        {
            for (int k = 2; k < s.Length; k++)                                      // the first two are the key
                if (AccountText.FoldChar(text[at + k]) != s[k]) return false;
            return true;
        }

        /// <summary>Builds the lookup tables; no string may be added after.</summary>
        public LiteralSet Seal()
        {
            if (_pairStart != null) return this;
            var singles = new List<int>?[128];
            var counts = new int[128 * 128 + 1];
            for (int id = 0; id < _strings.Count; id++)
            {
                var s = _strings[id];
                if (s.Length == 1) (singles[s[0]] ??= new List<int>()).Add(id);
                else counts[s[0] * 128 + s[1] + 1]++;
            }
            for (int k = 1; k < counts.Length; k++) counts[k] += counts[k - 1];
            var ids = new int[counts[counts.Length - 1]];
            var next = (int[])counts.Clone();
            for (int id = 0; id < _strings.Count; id++)
            {
                var s = _strings[id];
                if (s.Length > 1) ids[next[s[0] * 128 + s[1]]++] = id;
            }
            _pairIds = ids;
            _pairThird = new int[ids.Length];
            for (int k = 0; k < ids.Length; k++) _pairThird[k] = _strings[ids[k]].Length > 2 ? _strings[ids[k]][2] : NoThird;
            _singles = singles.Select(l => l?.ToArray()!).ToArray();
            _pairStart = counts;
            return this;
        }

        /// <summary>
        /// What every match of a term or cue word must hold, folded to lower case: the runs of the
        /// word between apostrophes and hyphens (each of which matches more than one character).
        /// Runs with characters other than ASCII are left out (their case folding is not the
        /// pattern's), so a list errs on the side of trying the pattern.
        /// </summary>
        public static IEnumerable<string> Runs(string word)
        {
            foreach (var run in word.Split(' ', '\t', '\'', '\u2018', '\u2019', '-', '\u2010', '\u2011'))
            {
                if (run.Length == 0 || run.Any(c => c >= 128)) continue;
                yield return run.ToLowerInvariant();
            }
        }
    }

    /// <summary>
    /// Where the strings of a <see cref="LiteralSet"/> stand in a window of a text: each place's string id and offset, in the
    /// order of the text (<see cref="LiteralSet.PresentInScratch(string, int, int, List{int}, LiteralHits)"/> fills it). Read by
    /// a cue's matching (<see cref="CompiledCue.Match"/>), which tries its pattern only where the cue's first words stand.
    /// </summary>
    internal sealed class LiteralHits
    {
        private int[] _ids = new int[16];
        private int[] _at = new int[16];

        /// <summary>How many places are held.</summary>
        public int Count { get; private set; }

        /// <summary>The string id of the n-th place.</summary>
        public int IdAt(int n) => _ids[n];

        /// <summary>The offset of the n-th place in the text (not in the window).</summary>
        public int OffsetAt(int n) => _at[n];

        public void Clear() => Count = 0;

        public void Add(int id, int at)
        {
            if (Count == _ids.Length)
            {
                Array.Resize(ref _ids, Count * 2);
                Array.Resize(ref _at, Count * 2);
            }
            _ids[Count] = id;
            _at[Count] = at;
            Count++;
        }

        /// <summary>The offset of the last place of the string, or -1 when the window does not hold it.</summary>
        public int Last(int id)
        {
            for (int n = Count - 1; n >= 0; n--)
                if (_ids[n] == id) return _at[n];
            return -1;
        }
    }

    /// <summary>
    /// The regular expressions of cue and party patterns, kept for the process (a bounded cache,
    /// emptied when full): loading the same manifest again does not build them again.
    /// </summary>
    internal static class PatternCache
    {
        private const int Size = 4096;

        private static readonly Bounded<(string Pattern, RegexOptions Options)> Cache = new Bounded<(string Pattern, RegexOptions Options)>();

        /// <summary>The expressions of <see cref="Anchored"/>, by the expression they anchor (the same instance for the same pattern).</summary>
        private static readonly Bounded<Regex> AnchoredCache = new Bounded<Regex>();

        public static Regex Get(string pattern, RegexOptions options) =>
            Cache.GetOrAdd((pattern, options), key => new Regex(key.Pattern, key.Options));

        /// <summary>
        /// <paramref name="regex"/> with <c>\G</c> before it, with its options: it matches only where the search starts, and there
        /// gives the match the expression itself gives there. Kept by the expression's instance: a manifest compiled again
        /// finds it without making or hashing the pattern's text (a cue's is a few thousand characters).
        /// </summary>
        public static Regex Anchored(Regex regex) =>
            AnchoredCache.GetOrAdd(regex, r => Get(@"\G" + r, r.Options));

        /// <summary>
        /// Expressions by their key, for any thread, emptied when <see cref="Size"/> are kept; an expression is made outside the
        /// lock (two threads that miss at once both make it, and either is kept).
        /// </summary>
        private sealed class Bounded<TKey> where TKey : notnull
        {
            private readonly Dictionary<TKey, Regex> _map = new Dictionary<TKey, Regex>();

            public Regex GetOrAdd(TKey key, Func<TKey, Regex> make)
            {
                lock (_map)
                {
                    if (_map.TryGetValue(key, out var cached)) return cached;
                }
                var made = make(key);
                lock (_map)
                {
                    if (_map.Count >= Size) _map.Clear();
                    _map[key] = made;
                }
                return made;
            }
        }
    }
}
