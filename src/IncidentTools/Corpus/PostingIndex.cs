using System;
using System.Collections.Generic;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// For each 64-bit key (a hashed paragraph), the documents that hold it (up to a maximum per
    /// key, the first ones): a compact hash
    /// table for corpora of hundreds of thousands of documents. A key held by one document (most
    /// of them) costs one slot of 10 bytes, the slots filled to between 64% and 80%; a key held by
    /// several also costs 8 bytes per document in a chain. A slot holds the key's 56 low bits (the
    /// part it is in gives the 8 high ones) and 24 bits that say which document holds it or where
    /// its chain begins (a document or a link past 8 million is noted beside the table instead). The table is split in 256 parts that
    /// grow on their own by a quarter of their size, so growing never copies more than a small
    /// part at once (no peak of twice the index).
    /// </summary>
    internal sealed class PostingIndex
    {
        private const int Parts = 256;
        private readonly Part[] _parts = new Part[Parts];
        private readonly int _maxDocumentsPerKey;

        // Chains of the keys held by several documents: a document and the next link (-1 ends).
        private readonly ChunkedList<int> _chainDocument = new ChunkedList<int>();
        private readonly ChunkedList<int> _chainNext = new ChunkedList<int>();

        /// <param name="maxDocumentsPerKey">The documents after this many that hold a key are not noted for it.</param>
        public PostingIndex(int maxDocumentsPerKey = int.MaxValue) : this(maxDocumentsPerKey, Part.LargestInSlot) { }

        /// <summary>For tests: an index whose slots hold documents and links up to <paramref name="largestInSlot"/> only.</summary>
        internal PostingIndex(int maxDocumentsPerKey, int largestInSlot)
        {
            _maxDocumentsPerKey = maxDocumentsPerKey;
            for (int i = 0; i < Parts; i++) _parts[i] = new Part(largestInSlot);
        }

        /// <summary>
        /// Notes that <paramref name="document"/> holds the key (once per document and key), unless
        /// the key has its maximum of documents: false then.
        /// </summary>
        public bool Add(ulong key, int document)
        {
            var part = _parts[(int)(key >> 56)];
            int slot = part.Find(key);
            if (slot < 0)
            {
                part.Insert(key, document + 1);
                return true;
            }
            int value = part.ValueAt(slot, key);
            if (value > 0 && _maxDocumentsPerKey <= 1) return false;
            int head;
            if (value > 0) head = Link(value - 1, -1); // a second document: the first goes into a chain
            else head = -value - 1;
            if (_maxDocumentsPerKey != int.MaxValue && LengthFrom(head) >= _maxDocumentsPerKey) return false;
            part.SetValue(slot, key, -Link(document, head) - 1);
            return true;
        }

        /// <summary>The documents that hold the key (latest first): <c>foreach (int d in index.Of(key))</c>.</summary>
        public Documents Of(ulong key)
        {
            var part = _parts[(int)(key >> 56)];
            int slot = part.Find(key);
            if (slot < 0) return new Documents(this, -1, -1);
            int value = part.ValueAt(slot, key);
            return value > 0 ? new Documents(this, value - 1, -1) : new Documents(this, -1, -value - 1);
        }

        /// <summary>An enumeration of the documents of one key, without allocation.</summary>
        public struct Documents
        {
            private readonly PostingIndex _index;
            private int _single;
            private int _link;

            internal Documents(PostingIndex index, int single, int link)
            {
                _index = index;
                _single = single;
                _link = link;
                Current = -1;
            }

            public int Current { get; private set; }

            public bool MoveNext()
            {
                if (_single >= 0)
                {
                    Current = _single;
                    _single = -1;
                    return true;
                }
                if (_link < 0) return false;
                Current = _index._chainDocument[_link];
                _link = _index._chainNext[_link];
                return true;
            }

            public Documents GetEnumerator() => this;
        }

        private int Link(int document, int next)
        {
            _chainDocument.Add(document);
            _chainNext.Add(next);
            return _chainDocument.Count - 1;
        }

        /// <summary>The number of links from this one on (at most the maximum per key, so a short walk).</summary>
        private int LengthFrom(int link)
        {
            int n = 0;
            for (; link >= 0 && n < _maxDocumentsPerKey; link = _chainNext[link]) n++;
            return n;
        }

        /// <summary>
        /// Open addressing with linear probing. A slot is a key's 56 low bits with the low 8 bits of
        /// its payload above them, and the payload's high 16 bits beside: payload 0 marks an empty
        /// slot, 1 to 2^23 - 1 a document (plus one), from 2^23 a link of a chain, 2^24 - 1 a value
        /// too large for the slot, kept in <see cref="_overflow"/> under the key.
        /// </summary>
        private sealed class Part
        {
            public const int LargestInSlot = (1 << 23) - 2;
            private const ulong Low56 = (1UL << 56) - 1;
            private const int ChainBase = 1 << 23;
            private const int Overflow = (1 << 24) - 1;

            private readonly int _largestInSlot;
            private ulong[] _keys = new ulong[8];
            private ushort[] _high = new ushort[8];
            private Dictionary<ulong, int>? _overflow;
            private int _count;

            public Part(int largestInSlot) => _largestInSlot = largestInSlot;

            private static int Home(ulong key, int size) => (int)(((key & 0xFFFFFFFFUL) * (ulong)size) >> 32);

            private bool IsEmpty(int slot) => _high[slot] == 0 && _keys[slot] >> 56 == 0;

            public int Find(ulong key)
            {
                ulong low = key & Low56;
                int size = _keys.Length;
                for (int i = Home(key, size); ; i = i + 1 == size ? 0 : i + 1)
                {
                    if (IsEmpty(i)) return -1;
                    if ((_keys[i] & Low56) == low) return i;
                }
            }

            /// <summary>The value of a slot found for the key: a document plus one, or minus a link minus one.</summary>
            public int ValueAt(int slot, ulong key)
            {
                int payload = (int)(_keys[slot] >> 56) | _high[slot] << 8;
                if (payload == Overflow) return _overflow![key];
                return payload >= ChainBase ? -(payload - ChainBase) - 1 : payload;
            }

            public void SetValue(int slot, ulong key, int value)
            {
                int payload = PayloadOf(key, value);
                _keys[slot] = (key & Low56) | (ulong)(payload & 0xFF) << 56;
                _high[slot] = (ushort)(payload >> 8);
            }

            private int PayloadOf(ulong key, int value)
            {
                if (value > 0 && value <= _largestInSlot) return value;
                if (value < 0 && -value - 1 <= _largestInSlot) return ChainBase + (-value - 1);
                (_overflow ??= new Dictionary<ulong, int>())[key] = value;
                return Overflow;
            }

            public void Insert(ulong key, int value)
            {
                if ((_count + 1) * 5 > _keys.Length * 4) Grow();
                int size = _keys.Length;
                int i = Home(key, size);
                while (!IsEmpty(i)) i = i + 1 == size ? 0 : i + 1;
                SetValue(i, key, value);
                _count++;
            }

            private void Grow()
            {
                // The slots move as they are: the key's place depends on its low 32 bits only.
                int size = _keys.Length + _keys.Length / 4;
                var keys = new ulong[size];
                var high = new ushort[size];
                for (int i = 0; i < _keys.Length; i++)
                {
                    if (IsEmpty(i)) continue;
                    int j = Home(_keys[i], size);
                    while (keys[j] >> 56 != 0 || high[j] != 0) j = j + 1 == size ? 0 : j + 1;
                    keys[j] = _keys[i];
                    high[j] = _high[i];
                }
                _keys = keys;
                _high = high;
            }
        }
    }
}
