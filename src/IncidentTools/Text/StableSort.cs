using System;
using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// A sort that leaves equal items in the order they had, as LINQ's OrderBy does. List.Sort and Array.Sort are unstable, and
    /// the order they leave equal items in is the runtime's own (the .NET Framework under Windows PowerShell 5.1 may sort by
    /// another algorithm than .NET, and .NET leaves three items otherwise than more): a sort whose ties can reach the output
    /// uses this one, so that the output is the same on every runtime.
    /// </summary>
    internal static class StableSort
    {
        /// <summary>Up to this many items an insertion sort in place (the lists sorted here are a paragraph's or a word's few).</summary>
        private const int InsertionSortMax = 16;

        /// <summary>Sorts the list in place by the comparison; equal items keep their order.</summary>
        public static void Sort<T>(List<T> list, Comparison<T> comparison)
        {
            int n = list.Count;
            if (n <= InsertionSortMax)
            {
                for (int i = 1; i < n; i++)
                {
                    var item = list[i];
                    int j = i - 1;
                    while (j >= 0 && comparison(list[j], item) > 0)
                    {
                        list[j + 1] = list[j];
                        j--;
                    }
                    list[j + 1] = item;
                }
                return;
            }
            // more: the unstable sort of the items' indexes, a tie broken by the index (a total order, so any algorithm gives it)
            var items = list.ToArray();
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(order, (x, y) =>
            {
                int c = comparison(items[x], items[y]);
                return c != 0 ? c : x.CompareTo(y);
            });
            for (int i = 0; i < n; i++) list[i] = items[order[i]];
        }
    }
}
