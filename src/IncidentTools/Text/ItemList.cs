using System.Collections;
using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// A read-only list over a list the analysis built (sentences, paragraphs, quotations): a sealed
    /// class with a struct enumerator, so the loops that read it every document neither call through
    /// an interface nor allocate an enumerator.
    /// </summary>
    internal sealed class ItemList<T> : IReadOnlyList<T>
    {
        private readonly List<T> _items;

        public ItemList(List<T> items) => _items = items;

        public int Count => _items.Count;

        public T this[int index] => _items[index];

        public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
}
