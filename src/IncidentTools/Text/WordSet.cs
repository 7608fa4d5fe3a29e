using System;

namespace IncidentTools.Text
{
    /// <summary>
    /// A set of words looked up by their place in a text (a start and a length), so that a word
    /// already in the set costs no string: only a word added the first time is cut out of the text.
    /// Ordinal, like a <c>HashSet&lt;string&gt;</c> with <see cref="StringComparer.Ordinal"/>.
    /// One per use (not thread-safe), or, once filled and never changed again, read by <see cref="Contains"/> from any thread
    /// (as the lexicon's abbreviations are).
    /// </summary>
    internal sealed class WordSet
    {
        private string?[] _slots;
        private int[] _hashes;
        private int _count;

        public WordSet(int capacity = 64)
        {
            int size = 16;
            while (size < capacity * 2) size <<= 1;
            _slots = new string?[size];
            _hashes = new int[size];
        }

        public int Count => _count;

        /// <summary>Empties the set, keeping its room (for a set used again and again on one thread).</summary>
        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_slots, 0, _slots.Length);
            _count = 0;
        }

        /// <summary>
        /// Adds the word text[start..start+length) when it is new: true, and the word as a string; false
        /// (and <paramref name="word"/> null) when the set holds it already.
        /// </summary>
        public bool Add(string text, int start, int length, out string? word)
        {
            int hash = Hash(text, start, length);
            int i = Slot(text, start, length, hash);
            if (_slots[i] != null)
            {
                word = null;
                return false;
            }
            word = text.Substring(start, length);
            _slots[i] = word;
            _hashes[i] = hash;
            if (++_count * 2 > _slots.Length) Grow();
            return true;
        }

        /// <summary>True when the set holds the word text[start..start+length) (no string is made).</summary>
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
            _slots = new string?[slots.Length * 2];
            _hashes = new int[slots.Length * 2];
            int mask = _slots.Length - 1;
            for (int j = 0; j < slots.Length; j++)
            {
                if (slots[j] == null) continue;
                int i = hashes[j] & mask;
                while (_slots[i] != null) i = (i + 1) & mask;
                _slots[i] = slots[j];
                _hashes[i] = hashes[j];
            }
        }
    }
}
