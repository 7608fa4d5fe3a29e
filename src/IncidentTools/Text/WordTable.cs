using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// A fixed set of words, found by their place in a text (a start and a length) without cutting the
    /// word out: the tokenizer and <see cref="Casing.Lower"/> take the set's own string for a word it
    /// holds instead of making a new one. Read-only once built, so threads share it.
    /// </summary>
    internal sealed class WordTable
    {
        private readonly string?[] _slots;
        private readonly uint[] _hashes;

        public WordTable(IEnumerable<string> words)
        {
            var distinct = new HashSet<string>(words, System.StringComparer.Ordinal);
            int size = 16;
            while (size < distinct.Count * 2) size <<= 1;
            _slots = new string?[size];
            _hashes = new uint[size];
            int mask = size - 1;
            foreach (var w in distinct)
            {
                uint h = Fnv1a.Of(w, 0, w.Length);
                int i = Slot(h, mask);
                while (_slots[i] != null) i = (i + 1) & mask;
                _slots[i] = w;
                _hashes[i] = h;
            }
        }

        private static int Slot(uint h, int mask) => (int)(h ^ (h >> 15)) & mask;

        /// <summary>The set's string equal to text[start..start+length), or null.</summary>
        public string? Find(string text, int start, int length)
        {
            uint h = Fnv1a.Of(text, start, length);
            int mask = _slots.Length - 1;
            for (int i = Slot(h, mask); ; i = (i + 1) & mask)
            {
                var s = _slots[i];
                if (s == null) return null;
                if (_hashes[i] == h && s.Length == length && string.CompareOrdinal(s, 0, text, start, length) == 0) return s;
            }
        }

        /// <summary>
        /// The set's string equal to <paramref name="text"/> in lower case (what ToLowerInvariant gives), or
        /// null: also null for a text with a character outside ASCII, which the caller lowers itself.
        /// </summary>
        public string? FindLower(string text)
        {
            uint h = Fnv1a.Basis;
            foreach (char c in text)
            {
                if (c >= 0x80) return null;
                h = Fnv1a.Add(h, c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c);
            }
            int mask = _slots.Length - 1;
            for (int i = Slot(h, mask); ; i = (i + 1) & mask)
            {
                var s = _slots[i];
                if (s == null) return null;
                if (_hashes[i] == h && s.Length == text.Length && SameLower(s, text)) return s;
            }
        }

        private static bool SameLower(string lower, string text)
        {
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                if ((c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) != lower[k]) return false;
            }
            return true;
        }
    }
}
