using System.Collections;
using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// A read-only list over an array the analysis built, of the items' exact number (sentences, paragraphs,
    /// quotations): a sealed class with a struct enumerator, so the loops that read it every document neither
    /// call through an interface nor allocate an enumerator, and no list object or unused room is kept with it.
    /// </summary>
    internal sealed class ItemList<T> : IReadOnlyList<T>
    {
        private readonly T[] _items;

        public ItemList(T[] items) => _items = items;

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public Enumerator GetEnumerator() => new Enumerator(_items);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>The items in order, for <c>foreach</c> without an enumerator object.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private int _index;

            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            public bool MoveNext() => ++_index < _items.Length;

            public T Current => _items[_index];
        }
    }
}
