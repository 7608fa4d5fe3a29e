using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Gives the versions of one story the same StoryId as they are read: a document is a
    /// version of an earlier one when both have the same outlet and headline, or when most
    /// of the shorter one's paragraphs stand in the other too. The earliest such document wins.
    /// Earlier documents are found through indexes (outlet and headline; paragraph), so a folder
    /// of 100,000 files is not compared pair by pair.
    /// </summary>
    /// <remarks>
    /// It keeps a small signature of each document (hashes of its outlet and headline and of its
    /// paragraph keys), not the document, and each paragraph key once: a paragraph index gives the
    /// earlier documents that share a paragraph (the first <see cref="MaxDocumentsPerParagraph"/>
    /// that hold it) and so how many paragraphs each shares; a document's keys the index did not
    /// note (rare: boilerplate) are kept beside it, so the count is exact.
    /// </remarks>
    internal sealed class StoryGrouper
    {
        /// <summary>The share of the shorter document's paragraphs that must be shared.</summary>
        public const double SharedShare = 0.5;

        /// <summary>
        /// A paragraph that stands in more documents than this is boilerplate (a footer, a standard
        /// disclaimer): the documents after that are not found through it.
        /// </summary>
        public const int MaxDocumentsPerParagraph = 64;

        /// <summary>Paragraph keys shorter than this are not compared (short lines recur by chance).</summary>
        public const int MinimumKeyLength = 20;

        // Per document, in reading order: its StoryId and how many paragraph keys it has. The keys
        // themselves live in the paragraph index; only those the index did not note (a key already
        // held by its maximum of documents) are kept here, by document, so that the paragraphs two
        // documents share are still counted exactly.
        private string[] _storyIds = new string[64];
        private int[] _keyCounts = new int[64];
        private readonly Dictionary<int, ulong[]> _unindexed = new Dictionary<int, ulong[]>();
        private int _count;

        // For each paragraph key, the first documents that hold it.
        private readonly PostingIndex _postings = new PostingIndex(MaxDocumentsPerParagraph);

        // Outlet and headline -> the first document with both.
        private readonly Dictionary<ulong, int> _headlines = new Dictionary<ulong, int>();

        // Scratch: the earlier documents met through this document's paragraphs, and for each the
        // number of this document's paragraphs the index gave it for.
        private readonly List<int> _candidates = new List<int>();
        private int[] _marks = new int[64];
        private int[] _shared = new int[64];
        private int _mark;

        public void Assign(IncidentDocument doc, string? manifestStoryId) => Assign(doc, StorySignature.Of(doc), manifestStoryId);

        public void Assign(IncidentDocument doc, StorySignature signature, string? manifestStoryId)
        {
            if (manifestStoryId != null)
            {
                doc.StoryId = manifestStoryId;
            }
            else
            {
                int earlier = EarliestVersion(signature);
                if (earlier >= 0) doc.StoryId = _storyIds[earlier];
            }
            Add(doc, signature);
        }

        /// <summary>The first earlier document this one is a version of, or -1.</summary>
        private int EarliestVersion(StorySignature signature)
        {
            int best = signature.HeadlineKey is ulong headline && _headlines.TryGetValue(headline, out var h) ? h : int.MaxValue;
            var keys = signature.ParagraphKeys;
            if (keys.Length >= 3)
            {
                // Earlier documents that share at least one paragraph, each once, in reading order.
                if (_marks.Length < _count)
                {
                    Array.Resize(ref _marks, _storyIds.Length);
                    Array.Resize(ref _shared, _storyIds.Length);
                }
                if (++_mark == int.MaxValue) { Array.Clear(_marks, 0, _marks.Length); _mark = 1; }
                foreach (var key in keys)
                    foreach (int other in _postings.Of(key))
                        if (other < best)
                        {
                            if (_marks[other] != _mark)
                            {
                                _marks[other] = _mark;
                                _shared[other] = 0;
                                _candidates.Add(other);
                            }
                            _shared[other]++;
                        }
                _candidates.Sort();
                foreach (int other in _candidates)
                {
                    if (other >= best) break;
                    if (SharesMost(keys, other)) { best = other; break; }
                }
                _candidates.Clear();
            }
            return best == int.MaxValue ? -1 : best;
        }

        /// <summary>
        /// Most of the shorter one's paragraphs stand in the other: <paramref name="keys"/> (sorted,
        /// distinct) and the earlier document <paramref name="other"/>, whose shared paragraphs are
        /// those the index gave it for (counted in <see cref="_shared"/>) and those of its keys the
        /// index did not note.
        /// </summary>
        private bool SharesMost(ulong[] keys, int other)
        {
            int smaller = Math.Min(keys.Length, _keyCounts[other]);
            if (smaller < 3) return false;
            int shared = _shared[other];
            if (_unindexed.TryGetValue(other, out var unnoted))
                foreach (var key in unnoted)
                    if (Array.BinarySearch(keys, key) >= 0) shared++;
            return shared >= SharedShare * smaller;
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
            var keys = signature.ParagraphKeys;
            _keyCounts[index] = keys.Length;
            List<ulong>? unnoted = null;
            foreach (var key in keys)
                if (!_postings.Add(key, index)) (unnoted ??= new List<ulong>()).Add(key);
            if (unnoted != null) _unindexed[index] = unnoted.ToArray();
            if (signature.HeadlineKey is ulong headline && !_headlines.ContainsKey(headline)) _headlines[headline] = index;
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
    /// What story grouping keeps of a document: 64-bit hashes of its outlet and headline (the
    /// outlet in lower case, a line feed, the headline's <see cref="StoryGrouper.Key"/>) and of its
    /// distinct paragraph keys of at least twenty characters. Comparing hashes instead of the keys
    /// themselves differs only when two different keys have the same 64-bit hash (about one chance
    /// in 10^7 for a corpus of a million paragraphs).
    /// </summary>
    internal sealed class StorySignature
    {
        private StorySignature(ulong? headlineKey, ulong[] paragraphKeys)
        {
            HeadlineKey = headlineKey;
            ParagraphKeys = paragraphKeys;
        }

        /// <summary>The hash of the outlet and headline, when the document has both.</summary>
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
            var headline = doc.Title != null && doc.Outlet != null
                ? HashOf(doc.Outlet.ToLowerInvariant() + "\n" + StoryGrouper.Key(doc.Title), out _)
                : (ulong?)null;
            return new StorySignature(headline, keys);
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
