using System;

namespace IncidentTools.Text
{
    /// <summary>
    /// A table of words looked up by their place in a text (a start and a length), each with a value of its own, so that
    /// a word already in the table costs no string: only a word added the first time is cut out of the text.
    /// Ordinal, like a <c>Dictionary&lt;string, TValue&gt;</c> with <see cref="StringComparer.Ordinal"/>.
    /// One per use (not thread-safe), or, once filled and never changed again, read by <see cref="Contains"/> from any thread.
    /// </summary>
    internal sealed class WordMap<TValue>
    {
        private string?[] _slots;
        private int[] _hashes;
        private TValue[] _values;
        private int _count;

        public WordMap(int capacity = 64)
        {
            int size = 16;
            while (size < capacity * 2) size <<= 1;
            _slots = new string?[size];
            _hashes = new int[size];
            _values = new TValue[size];
        }

        public int Count => _count;

        /// <summary>Empties the table, keeping its room (for a table used again and again on one thread).</summary>
        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_slots, 0, _slots.Length);
            Array.Clear(_values, 0, _values.Length);
            _count = 0;
        }

        /// <summary>
        /// The value of the word text[start..start+length), to read or set in place; the word is added, with the default
        /// value, when it is new: then <paramref name="added"/> is the word as a string (null when the table held it).
        /// The reference holds until the next word is added.
        /// </summary>
        public ref TValue Find(string text, int start, int length, out string? added)
        {
            int hash = Hash(text, start, length);
            int i = Slot(text, start, length, hash);
            if (_slots[i] != null)
            {
                added = null;
                return ref _values[i];
            }
            if ((_count + 1) * 2 > _slots.Length)
            {
                Grow();
                i = Slot(text, start, length, hash);
            }
            added = text.Substring(start, length);
            _slots[i] = added;
            _hashes[i] = hash;
            _count++;
            return ref _values[i];
        }

        /// <summary>The value of the word text[start..start+length) when the table holds it (no string is made); read only, so safe from any thread once the table is filled.</summary>
        public bool TryGetValue(string text, int start, int length, out TValue value)
        {
            int i = Slot(text, start, length, Hash(text, start, length));
            if (_slots[i] == null)
            {
                value = default!;
                return false;
            }
            value = _values[i];
            return true;
        }

        /// <summary>True when the table holds the word text[start..start+length) (no string is made).</summary>
        public bool Contains(string text, int start, int length) => _slots[Slot(text, start, length, Hash(text, start, length))] != null;

        /// <summary>The slot that holds the word text[start..start+length) of that hash, or the empty slot where it would go.</summary>
        private int Slot(string text, int start, int length, int hash)
        {
            int mask = _slots.Length - 1;
            int i = hash & mask;
            for (var s = _slots[i]; s != null; s = _slots[i])
            {
                if (_hashes[i] == hash && s.Length == length && string.CompareOrdinal(s, 0, text, start, length) == 0) return i;
                i = (i + 1) & mask;
            }
            return i;
        }

        private static int Hash(string text, int start, int length)
        {
            uint h = Fnv1a.Of(text, start, length);
            return unchecked((int)(h ^ (h >> 15)));
        }

        private void Grow()
        {
            var slots = _slots;
            var hashes = _hashes;
            var values = _values;
            _slots = new string?[slots.Length * 2];
            _hashes = new int[slots.Length * 2];
            _values = new TValue[slots.Length * 2];
            int mask = _slots.Length - 1;
            for (int j = 0; j < slots.Length; j++)
            {
                if (slots[j] == null) continue;
                int i = hashes[j] & mask;
                while (_slots[i] != null) i = (i + 1) & mask;
                _slots[i] = slots[j];
                _hashes[i] = hashes[j];
                _values[i] = values[j];
            }
        }
    }
}
