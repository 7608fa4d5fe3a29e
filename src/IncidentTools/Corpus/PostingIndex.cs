using System;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// For each 64-bit key (a hashed paragraph), the documents that hold it (up to a maximum per
    /// key, the first ones): a compact hash
    /// table for corpora of hundreds of thousands of documents. A key held by one document (most
    /// of them) costs one slot of 12 bytes, the slots filled to between 64% and 80%; a key held by
    /// several also costs 8 bytes per document in a chain. The table is split in 256 parts that
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
        public PostingIndex(int maxDocumentsPerKey = int.MaxValue)
        {
            _maxDocumentsPerKey = maxDocumentsPerKey;
            for (int i = 0; i < Parts; i++) _parts[i] = new Part();
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
            int value = part.Values[slot];
            if (value > 0 && _maxDocumentsPerKey <= 1) return false;
            int head;
            if (value > 0) head = Link(value - 1, -1); // a second document: the first goes into a chain
            else head = -value - 1;
            if (_maxDocumentsPerKey != int.MaxValue && LengthFrom(head) >= _maxDocumentsPerKey) return false;
            part.Values[slot] = -Link(document, head) - 1;
            return true;
        }

        /// <summary>The documents that hold the key (latest first): <c>foreach (int d in index.Of(key))</c>.</summary>
        public Documents Of(ulong key)
        {
            var part = _parts[(int)(key >> 56)];
            int slot = part.Find(key);
            if (slot < 0) return new Documents(this, -1, -1);
            int value = part.Values[slot];
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

        /// <summary>Open addressing with linear probing; a value of 0 marks an empty slot.</summary>
        private sealed class Part
        {
            public ulong[] Keys = new ulong[8];
            public int[] Values = new int[8];
            private int _count;

            private static int Home(ulong key, int size) => (int)(((key & 0xFFFFFFFFUL) * (ulong)size) >> 32);

            public int Find(ulong key)
            {
                int size = Keys.Length;
                for (int i = Home(key, size); ; i = i + 1 == size ? 0 : i + 1)
                {
                    if (Values[i] == 0) return -1;
                    if (Keys[i] == key) return i;
                }
            }

            public void Insert(ulong key, int value)
            {
                if ((_count + 1) * 5 > Keys.Length * 4) Grow();
                Place(Keys, Values, key, value);
                _count++;
            }

            private static void Place(ulong[] keys, int[] values, ulong key, int value)
            {
                int size = keys.Length;
                int i = Home(key, size);
                while (values[i] != 0) i = i + 1 == size ? 0 : i + 1;
                keys[i] = key;
                values[i] = value;
            }

            private void Grow()
            {
                int size = Keys.Length + Keys.Length / 4;
                var keys = new ulong[size];
                var values = new int[size];
                for (int i = 0; i < Keys.Length; i++)
                    if (Values[i] != 0) Place(keys, values, Keys[i], Values[i]);
                Keys = keys;
                Values = values;
            }
        }
    }
}
