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

        /// <summary>The items [start, start + count), in order: a view of this list's array, nothing copied.</summary>
        public Slice Range(int start, int count) => new Slice(_items, start, count);

        /// <summary>The items in order, for <c>foreach</c> without an enumerator object.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private readonly int _end;
            private int _index;

            internal Enumerator(T[] items) : this(items, 0, items.Length) { }

            internal Enumerator(T[] items, int start, int count)
            {
                _items = items;
                _index = start - 1;
                _end = start + count;
            }

            public bool MoveNext() => ++_index < _end;

            public T Current => _items[_index];
        }

        /// <summary>
        /// A run of the list's items (<see cref="Range"/>; a paragraph's quotations): a struct over the array with the
        /// same struct enumerator, so a loop over it allocates nothing (a query over it boxes it, as it would an iterator).
        /// </summary>
        public readonly struct Slice : IReadOnlyList<T>
        {
            private readonly T[] _items;
            private readonly int _start;

            internal Slice(T[] items, int start, int count)
            {
                _items = items;
                _start = start;
                Count = count;
            }

            public int Count { get; }

            public T this[int index] => (uint)index < (uint)Count ? _items[_start + index] : throw new System.ArgumentOutOfRangeException(nameof(index));

            public Enumerator GetEnumerator() => new Enumerator(_items, _start, Count);

            IEnumerator<T> IEnumerable<T>.GetEnumerator()
            {
                for (int i = 0; i < Count; i++) yield return _items[_start + i];
            }

            IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();
        }
    }
}
