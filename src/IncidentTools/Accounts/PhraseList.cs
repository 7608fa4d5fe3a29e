using System;
using System.Collections;
using System.Collections.Generic;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// Phrases of a word list of the accounts stage, each as its words in lower case ("lack of", "refused to"), in the list's
    /// order, and filed under their first word: a question of whether a phrase starts at a word (<see cref="Negation.StartsPhrase(IReadOnlyList{Text.Token}, int, PhraseList)"/>)
    /// tries only the phrases that start with that word, not every phrase of the list at every word read.
    /// Read-only once built, so threads share it.
    /// </summary>
    internal sealed class PhraseList : IReadOnlyList<string[]>
    {
        private readonly string[][] _phrases;
        private readonly Dictionary<string, string[][]> _byFirstWord = new Dictionary<string, string[][]>(StringComparer.Ordinal);

        public PhraseList(IEnumerable<string[]> phrases)
        {
            _phrases = new List<string[]>(phrases).ToArray();
            var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
            foreach (var phrase in _phrases)
            {
                // an empty phrase starts anywhere (Negation.Starts)
                if (phrase.Length == 0) { HasEmpty = true; continue; }
                if (!byFirst.TryGetValue(phrase[0], out var list)) byFirst[phrase[0]] = list = new List<string[]>();
                list.Add(phrase);
            }
            foreach (var entry in byFirst) _byFirstWord[entry.Key] = entry.Value.ToArray();
        }

        /// <summary>True when the list holds a phrase of no words, which starts at any word.</summary>
        public bool HasEmpty { get; }

        /// <summary>The phrases whose first word is <paramref name="word"/> (compared as written), in the list's order, or null.</summary>
        public string[][]? StartingWith(string word) => _byFirstWord.TryGetValue(word, out var phrases) ? phrases : null;

        public int Count => _phrases.Length;

        public string[] this[int index] => _phrases[index];

        public IEnumerator<string[]> GetEnumerator() => ((IEnumerable<string[]>)_phrases).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
