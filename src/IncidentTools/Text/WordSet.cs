using System;

namespace IncidentTools.Text
{
    /// <summary>
    /// A set of words looked up by their place in a text (a start and a length), so that a word
    /// already in the set costs no string: only a word added the first time is cut out of the text.
    /// Ordinal, like a <c>HashSet&lt;string&gt;</c> with <see cref="StringComparer.Ordinal"/>: a <see cref="WordMap{TValue}"/>
    /// whose words have no value. One per use (not thread-safe), or, once filled and never changed again, read by
    /// <see cref="Contains"/> from any thread (as the lexicon's abbreviations are).
    /// </summary>
    internal sealed class WordSet
    {
        private readonly WordMap<bool> _words;

        public WordSet(int capacity = 64)
        {
            _words = new WordMap<bool>(capacity);
        }

        public int Count => _words.Count;

        /// <summary>Empties the set, keeping its room (for a set used again and again on one thread).</summary>
        public void Clear() => _words.Clear();

        /// <summary>
        /// Adds the word text[start..start+length) when it is new: true, and the word as a string; false
        /// (and <paramref name="word"/> null) when the set holds it already.
        /// </summary>
        public bool Add(string text, int start, int length, out string? word)
        {
            _words.Find(text, start, length, out word);
            return word != null;
        }

        /// <summary>True when the set holds the word text[start..start+length) (no string is made).</summary>
        public bool Contains(string text, int start, int length) => _words.Contains(text, start, length);
    }
}
