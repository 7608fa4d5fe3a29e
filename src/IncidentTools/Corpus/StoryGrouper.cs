using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Gives the versions of one story the same StoryId as they are read: a document is a
    /// version of an earlier one when both have the same outlet and headline, or when most
    /// of the shorter one's paragraphs stand in the other too. It takes the StoryId of the
    /// first such earlier document.
    /// </summary>
    /// <remarks>
    /// It keeps a small signature per document (hashes of its headline and paragraph keys), not
    /// the document, and finds the earlier versions through indexes rather than by comparing
    /// with every earlier document: headlines by outlet, and for each paragraph key the
    /// documents that hold it, so only documents that share a paragraph are counted. The work
    /// per document is the number of earlier documents that share each of its paragraphs.
    /// </remarks>
    internal sealed class StoryGrouper
    {
        /// <summary>The share of the shorter document's paragraphs that must be shared.</summary>
        public const double SharedShare = 0.5;

        /// <summary>Paragraph keys shorter than this are not compared (short lines recur by chance).</summary>
        public const int MinimumKeyLength = 20;

        // Per document, in reading order: its StoryId and how many paragraph keys it has.
        private string[] _storyIds = new string[64];
        private int[] _keyCounts = new int[64];
        private int _count;

        // For each paragraph key, the documents that hold it.
        private readonly PostingIndex _postings = new PostingIndex();

        // Outlet (case-insensitive) -> headline key -> the first document with both.
        private readonly Dictionary<string, Dictionary<ulong, int>> _headlines = new Dictionary<string, Dictionary<ulong, int>>(StringComparer.OrdinalIgnoreCase);

        // Scratch: shared paragraph counts per earlier document, and the documents counted.
        private int[] _shared = new int[64];
        private readonly List<int> _counted = new List<int>();

        public void Assign(IncidentDocument doc, string? manifestStoryId) => Assign(doc, StorySignature.Of(doc), manifestStoryId);

        public void Assign(IncidentDocument doc, StorySignature signature, string? manifestStoryId)
        {
            if (manifestStoryId != null)
            {
                doc.StoryId = manifestStoryId;
            }
            else
            {
                int earlier = EarliestVersion(doc, signature);
                if (earlier >= 0) doc.StoryId = _storyIds[earlier];
            }
            Add(doc, signature);
        }

        /// <summary>The first earlier document this one is a version of, or -1.</summary>
        private int EarliestVersion(IncidentDocument doc, StorySignature signature)
        {
            int best = int.MaxValue;
            if (doc.Outlet != null && signature.HeadlineKey is ulong headline &&
                _headlines.TryGetValue(doc.Outlet, out var byHeadline) && byHeadline.TryGetValue(headline, out var sameHeadline))
                best = sameHeadline;

            var keys = signature.ParagraphKeys;
            // The shorter of two documents must have at least three keys, so this one must too.
            if (keys.Length >= 3)
            {
                if (_shared.Length < _count) Array.Resize(ref _shared, _storyIds.Length);
                foreach (var key in keys)
                {
                    foreach (int other in _postings.Of(key))
                        if (_shared[other]++ == 0) _counted.Add(other);
                }
                foreach (var other in _counted)
                {
                    int smaller = Math.Min(keys.Length, _keyCounts[other]);
                    if (other < best && smaller >= 3 && _shared[other] >= SharedShare * smaller) best = other;
                    _shared[other] = 0;
                }
                _counted.Clear();
            }
            return best == int.MaxValue ? -1 : best;
        }

        private void Add(IncidentDocument doc, StorySignature signature)
        {
            int index = _count++;
            if (index == _storyIds.Length)
            {
                Array.Resize(ref _storyIds, index + index / 2);
                Array.Resize(ref _keyCounts, index + index / 2);
            }
            _storyIds[index] = doc.StoryId;
            _keyCounts[index] = signature.ParagraphKeys.Length;
            foreach (var key in signature.ParagraphKeys) _postings.Add(key, index);
            if (doc.Outlet != null && signature.HeadlineKey is ulong headline)
            {
                if (!_headlines.TryGetValue(doc.Outlet, out var byHeadline)) _headlines[doc.Outlet] = byHeadline = new Dictionary<ulong, int>();
                if (!byHeadline.ContainsKey(headline)) byHeadline[headline] = index;
            }
        }

        /// <summary>
        /// The text two paragraphs are compared by: lower case, typographic quotes as plain ones,
        /// blanks collapsed to one space, trimmed. (The definition; <see cref="StorySignature"/>
        /// computes the hash of the same characters without building the string.)
        /// </summary>
        internal static string Key(string text) =>
            Regex.Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('“', '"').Replace('”', '"'), @"\s+", " ").Trim();
    }

    /// <summary>
    /// What story grouping keeps of a document: 64-bit hashes of its headline key and of its
    /// distinct paragraph keys (<see cref="StoryGrouper.Key"/>) of at least twenty characters.
    /// Comparing hashes instead of the keys themselves differs only when two different keys
    /// have the same 64-bit hash (about one chance in 10^10 for a corpus of a million paragraphs).
    /// </summary>
    internal sealed class StorySignature
    {
        private StorySignature(ulong? headlineKey, ulong[] paragraphKeys)
        {
            HeadlineKey = headlineKey;
            ParagraphKeys = paragraphKeys;
        }

        public ulong? HeadlineKey { get; }

        /// <summary>Distinct, in ascending order.</summary>
        public ulong[] ParagraphKeys { get; }

        public static StorySignature Of(IncidentDocument doc)
        {
            var paragraphs = doc.Paragraphs;
            var keys = new ulong[paragraphs.Count];
            int n = 0;
            foreach (var p in paragraphs)
            {
                var hash = KeyHash(p.Text, out var length);
                if (length >= StoryGrouper.MinimumKeyLength) keys[n++] = hash;
            }
            Array.Sort(keys, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++)
                if (distinct == 0 || keys[i] != keys[distinct - 1]) keys[distinct++] = keys[i];
            if (distinct != keys.Length) Array.Resize(ref keys, distinct);
            return new StorySignature(doc.Title == null ? (ulong?)null : KeyHash(doc.Title, out _), keys);
        }

        /// <summary>
        /// The hash of <see cref="StoryGrouper.Key"/>(<paramref name="text"/>) and that key's length,
        /// in one pass over the text and without building the key.
        /// </summary>
        internal static ulong KeyHash(string text, out int length)
        {
            ulong h = Seed;
            int n = 0;
            bool space = false;
            foreach (char raw in text)
            {
                char c;
                if (raw < 128)
                {
                    if (raw <= ' ' && (raw == ' ' || (raw >= '\t' && raw <= '\r')))
                    {
                        space = n > 0; // a run of blanks is one space, none at the start
                        continue;
                    }
                    c = raw >= 'A' && raw <= 'Z' ? (char)(raw | 0x20) : raw;
                }
                else
                {
                    if (char.IsWhiteSpace(raw))
                    {
                        space = n > 0;
                        continue;
                    }
                    if (char.IsSurrogate(raw)) return HashOf(StoryGrouper.Key(text), out length); // lower-casing works on the pair
                    c = char.ToLowerInvariant(raw);
                    if (c == '’') c = '\'';
                    else if (c == '“' || c == '”') c = '"';
                }
                if (space)
                {
                    h = Mix(h, ' ');
                    n++;
                    space = false;
                }
                h = Mix(h, c);
                n++;
            }
            length = n;
            return Finish(h, n);
        }

        /// <summary>The hash of a key already built.</summary>
        internal static ulong HashOf(string key, out int length)
        {
            ulong h = Seed;
            foreach (char c in key) h = Mix(h, c);
            length = key.Length;
            return Finish(h, key.Length);
        }

        private const ulong Seed = 0x243F6A8885A308D3UL;

        private static ulong Mix(ulong h, char c)
        {
            h = (h ^ c) * 0x9E3779B97F4A7C15UL;
            return h ^ (h >> 29);
        }

        private static ulong Finish(ulong h, int length)
        {
            // MurmurHash3's 64-bit finaliser.
            h ^= (ulong)length;
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            return h ^ (h >> 33);
        }
    }
}
