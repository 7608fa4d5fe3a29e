using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// <see cref="StableSort"/>: equal items keep the order they had, for a few items (sorted in place) and for many (by their
    /// indexes), as LINQ's OrderBy leaves them; List.Sort leaves three equal-keyed items otherwise on .NET.
    /// </summary>
    public class StableSortTests
    {
        [Theory]
        [InlineData(3)]
        [InlineData(16)]
        [InlineData(17)]
        [InlineData(200)]
        public void EqualItemsKeepTheirOrder(int count)
        {
            // keys with many ties, in no order; each item remembers where it stood
            var items = Enumerable.Range(0, count).Select(i => (Key: (i * 7 + 3) % 5, At: i)).ToList();
            var expected = items.OrderBy(x => x.Key).ToList();
            StableSort.Sort(items, (a, b) => a.Key.CompareTo(b.Key));
            Assert.Equal(expected, items);
        }

        [Fact]
        public void ThreeItemsWithTheGreaterLastAreNotReordered()
        {
            // the case List.Sort's three-item network reorders: two equal keys before a smaller one
            var items = new List<(int Key, string Name)> { (2, "first"), (2, "second"), (1, "least") };
            StableSort.Sort(items, (a, b) => a.Key.CompareTo(b.Key));
            Assert.Equal(new[] { "least", "first", "second" }, items.Select(x => x.Name));
        }
    }
}
