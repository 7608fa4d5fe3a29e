using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools
{
    /// <summary>
    /// A small read-only list whose <see cref="ToString"/> joins its items with "; ",
    /// so that Export-Csv writes "a; b" and ConvertTo-Json still writes an array.
    /// </summary>
    public sealed class TextList : IReadOnlyList<string>
    {
        private readonly string[] _items;

        public static TextList Empty { get; } = new TextList(Array.Empty<string>());

        public TextList(IEnumerable<string> items)
        {
            _items = (items ?? Array.Empty<string>()).Where(s => s != null).ToArray();
        }

        public string this[int index] => _items[index];

        public int Count => _items.Length;

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public override string ToString() => string.Join("; ", _items);
    }

    /// <summary>
    /// A read-only list of output objects whose <see cref="ToString"/> joins the
    /// items' own ToString() with "; " (or a separator of the owner's choice).
    /// </summary>
    public sealed class ItemList<T> : IReadOnlyList<T>
    {
        private readonly T[] _items;
        private readonly string _separator;

        public static ItemList<T> Empty { get; } = new ItemList<T>(Array.Empty<T>());

        public ItemList(IEnumerable<T> items, string separator = "; ")
        {
            _items = (items ?? Array.Empty<T>()).ToArray();
            _separator = separator;
        }

        public T this[int index] => _items[index];

        public int Count => _items.Length;

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public override string ToString() => string.Join(_separator, _items.Select(i => i?.ToString()));
    }

    /// <summary>
    /// Extra fields a manifest gives a document, read-only. ToString() gives
    /// "key=value; key=value" so a CSV cell stays readable; being an IDictionary,
    /// ConvertTo-Json writes it as an object and PowerShell reads $m.key.
    /// </summary>
    public sealed class MetadataMap : IReadOnlyDictionary<string, string>, IDictionary
    {
        private readonly SortedDictionary<string, string> _map;

        public static MetadataMap Empty { get; } = new MetadataMap(new Dictionary<string, string>());

        public MetadataMap(IDictionary<string, string> values)
        {
            _map = new SortedDictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
        }

        public string this[string key] => _map[key];

        public IEnumerable<string> Keys => _map.Keys;

        public IEnumerable<string> Values => _map.Values;

        public int Count => _map.Count;

        public bool ContainsKey(string key) => _map.ContainsKey(key);

        public bool TryGetValue(string key, out string value) => _map.TryGetValue(key, out value!);

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _map.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IDictionary)_map).GetEnumerator();

        object? IDictionary.this[object key]
        {
            get => key is string k && _map.TryGetValue(k, out var v) ? v : null;
            set => throw new NotSupportedException("The metadata is read-only.");
        }

        ICollection IDictionary.Keys => _map.Keys;

        ICollection IDictionary.Values => _map.Values;

        bool IDictionary.IsReadOnly => true;

        bool IDictionary.IsFixedSize => true;

        bool ICollection.IsSynchronized => false;

        object ICollection.SyncRoot => _map;

        void IDictionary.Add(object key, object? value) => throw new NotSupportedException("The metadata is read-only.");

        void IDictionary.Clear() => throw new NotSupportedException("The metadata is read-only.");

        bool IDictionary.Contains(object key) => key is string k && _map.ContainsKey(k);

        IDictionaryEnumerator IDictionary.GetEnumerator() => ((IDictionary)_map).GetEnumerator();

        void IDictionary.Remove(object key) => throw new NotSupportedException("The metadata is read-only.");

        void ICollection.CopyTo(Array array, int index) => ((ICollection)_map).CopyTo(array, index);

        public override string ToString() => string.Join("; ", _map.Select(kv => kv.Key + "=" + kv.Value));
    }
}
