using System.Collections;
using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// The tokens of a paragraph (or of a quotation's words), read-only, with what later stages work
    /// out once per token and keep beside them (<see cref="Cues"/>), so that the rules that ask the same
    /// question of every token do not each work it out again. A sealed class over the tokenizer's array
    /// of the tokens' exact number: indexing it is no interface call in the hot loops that read it, and
    /// no list object stands between it and its tokens.
    /// </summary>
    internal sealed class TokenList : IReadOnlyList<Token>
    {
        private readonly Token[] _items;

        public TokenList(Token[] items) => _items = items;

        public int Count => _items.Length;

        public Token this[int index] => _items[index];

        /// <summary>The tokens in order, for <c>foreach</c> without an enumerator object (the enumerator of <see cref="ItemList{T}"/>).</summary>
        public ItemList<Token>.Enumerator GetEnumerator() => new ItemList<Token>.Enumerator(_items);

        IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => ((IEnumerable<Token>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>
        /// The cue verbs of these tokens, as the reported-speech grammar reads them
        /// (<see cref="Attribution.Rules.ReportedSpeech.EntryAt"/>), made on first use. Built whole
        /// before it is set, so threads that share the document may race to make it and read the same.
        /// </summary>
        internal Attribution.Rules.CueTable? Cues { get; set; }
    }
}
