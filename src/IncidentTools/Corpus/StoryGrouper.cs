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

        // Documents are numbered by the caller, in reading order (numbers may be skipped). Per number:
        // the document whose label is its story (itself, or the earliest version), how many paragraph
        // keys it has, and where its keys the index did not note begin in _unnoted. The keys
        // themselves live in the paragraph index; only those it did not note (a key already held by
        // its maximum of documents) are kept in _unnoted, so that the paragraphs two documents share
        // are still counted exactly. A story's label is the id of its first document (asked of
        // _idOf, which the reader keeps anyway), or the story the manifest gives a document.
        private readonly Func<int, string> _idOf;
        private readonly ChunkedList<int> _story = new ChunkedList<int>();
        private readonly ChunkedList<int> _keyCounts = new ChunkedList<int>();
        private readonly ChunkedList<int> _unnotedStart = new ChunkedList<int>();
        private readonly ChunkedList<ulong> _unnoted = new ChunkedList<ulong>();
        private readonly Dictionary<int, string> _manifestStories = new Dictionary<int, string>();
        private int _last = -1;

        // For each paragraph key, the first documents that hold it.
        private readonly PostingIndex _postings = new PostingIndex(MaxDocumentsPerParagraph);

        // Outlet and headline -> the first document with both.
        private readonly PostingIndex _headlines = new PostingIndex(1);

        // Scratch: the earlier documents met through this document's paragraphs, and for each the
        // number of this document's paragraphs the index gave it for.
        private readonly List<int> _candidates = new List<int>();
        private readonly CountTable _shared = new CountTable();

        /// <param name="idOf">The id of a document given to <see cref="Assign(IncidentDocument, StorySignature, string, int)"/>, by its number.</param>
        public StoryGrouper(Func<int, string> idOf)
        {
            _idOf = idOf;
        }

        /// <summary>
        /// Sets the document's StoryId: the story the manifest gives it, else that of the earliest
        /// document read before it that it is a version of, else its own id. <paramref name="number"/>
        /// is the document's number, above those of every document assigned before it.
        /// </summary>
        public void Assign(IncidentDocument doc, StorySignature signature, string? manifestStoryId, int number)
        {
            if (number <= _last) throw new ArgumentOutOfRangeException(nameof(number), number, "Documents are assigned in the order of their numbers.");
            int story = number;
            if (manifestStoryId != null)
            {
                doc.StoryId = manifestStoryId;
                _manifestStories[number] = manifestStoryId;
            }
            else
            {
                int earlier = EarliestVersion(signature);
                if (earlier >= 0)
                {
                    story = _story[earlier];
                    doc.StoryId = LabelOf(story);
                }
            }
            Add(signature, number, story);
        }

        private string LabelOf(int story) => _manifestStories.TryGetValue(story, out var label) ? label : _idOf(story);

        /// <summary>The first earlier document this one is a version of, or -1.</summary>
        private int EarliestVersion(StorySignature signature)
        {
            int best = int.MaxValue;
            if (signature.HeadlineKey is ulong headline)
                foreach (int first in _headlines.Of(headline)) best = first;
            var keys = signature.ParagraphKeys;
            if (keys.Length >= 3)
            {
                // Earlier documents that share at least one paragraph, each once, in reading order.
                _shared.Reset();
                foreach (var key in keys)
                    foreach (int other in _postings.Of(key))
                        if (other < best && _shared.Increment(other) == 1) _candidates.Add(other);
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
            int shared = _shared.Get(other);
            int end = other + 1 < _unnotedStart.Count ? _unnotedStart[other + 1] : _unnoted.Count;
            for (int i = _unnotedStart[other]; i < end; i++)
                if (Array.BinarySearch(keys, _unnoted[i]) >= 0) shared++;
            return shared >= SharedShare * smaller;
        }

        private void Add(StorySignature signature, int number, int story)
        {
            _last = number;
            // Numbers skipped (files that gave no document) hold nothing.
            while (_story.Count <= number)
            {
                _story.Add(_story.Count);
                _keyCounts.Add(0);
                _unnotedStart.Add(_unnoted.Count);
            }
            _story[number] = story;
            var keys = signature.ParagraphKeys;
            _keyCounts[number] = keys.Length;
            foreach (var key in keys)
                if (!_postings.Add(key, number)) _unnoted.Add(key);
            if (signature.HeadlineKey is ulong headline) _headlines.Add(headline, number);
        }

        /// <summary>
        /// Counts by document number, cleared in constant time (a generation per use): the scratch of
        /// one document's search, as large as the most candidates one document has had.
        /// </summary>
        private sealed class CountTable
        {
            private int[] _keys = new int[64];
            private int[] _counts = new int[64];
            private int[] _generations = new int[64];
            private int _generation = 1;
            private int _used;

            public void Reset()
            {
                _used = 0;
                if (++_generation == int.MaxValue)
                {
                    Array.Clear(_generations, 0, _generations.Length);
                    _generation = 1;
                }
            }

            private int Slot(int key)
            {
                int mask = _keys.Length - 1;
                int i = (int)((uint)key * 0x9E3779B9u >> 7) & mask;
                while (_generations[i] == _generation && _keys[i] != key) i = (i + 1) & mask;
                return i;
            }

            /// <summary>Adds one to the key's count; the count after.</summary>
            public int Increment(int key)
            {
                int i = Slot(key);
                if (_generations[i] == _generation) return ++_counts[i];
                if ((_used + 1) * 2 > _keys.Length)
                {
                    Grow();
                    i = Slot(key);
                }
                _generations[i] = _generation;
                _keys[i] = key;
                _used++;
                return _counts[i] = 1;
            }

            public int Get(int key)
            {
                int i = Slot(key);
                return _generations[i] == _generation ? _counts[i] : 0;
            }

            private void Grow()
            {
                var keys = _keys;
                var counts = _counts;
                var generations = _generations;
                _keys = new int[keys.Length * 2];
                _counts = new int[keys.Length * 2];
                _generations = new int[keys.Length * 2];
                for (int i = 0; i < keys.Length; i++)
                    if (generations[i] == _generation)
                    {
                        int j = Slot(keys[i]);
                        _generations[j] = _generation;
                        _keys[j] = keys[i];
                        _counts[j] = counts[i];
                    }
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
                    c = Text.Casing.LowerChar(raw);
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
