using System;
using System.Collections.Generic;
using System.IO;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// The article files of one folder in name order (ordinal), kept while the folder is read: the
    /// names in a pool of bytes (one byte a character for an ASCII name, every name kept exactly)
    /// and their order as numbers, about 20 bytes a file, instead of a string and an array slot for
    /// each (about 60 bytes a file, and arrays in the large object heap for a big folder).
    /// </summary>
    internal sealed class FolderListing
    {
        private readonly NamePool _names = new NamePool();
        private int[] _order = new int[16];

        private FolderListing() { }

        /// <summary>How many article files the folder holds.</summary>
        public int Count { get; private set; }

        /// <summary>The name (not the path) of the <paramref name="index"/>th article file in name order.</summary>
        public string NameAt(int index) => _names.ToString(_order[index]);

        /// <summary>
        /// Lists the folder: the files whose name <paramref name="isArticle"/> accepts, in ordinal name
        /// order; the names of the others are added to <paramref name="others"/> when it is given.
        /// </summary>
        /// <exception cref="IOException">The folder cannot be listed.</exception>
        /// <exception cref="UnauthorizedAccessException">The folder cannot be listed.</exception>
        public static FolderListing Of(string folder, Func<string, bool> isArticle, List<string>? others)
        {
            var listing = new FolderListing();
            foreach (var path in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(path);
                if (!isArticle(name))
                {
                    others?.Add(name);
                    continue;
                }
                if (listing.Count == listing._order.Length) Array.Resize(ref listing._order, listing._order.Length * 2);
                listing._order[listing.Count++] = listing._names.Add(name);
            }
            Array.Sort(listing._order, 0, listing.Count, new ByName(listing._names));
            return listing;
        }

        private sealed class ByName : IComparer<int>
        {
            private readonly NamePool _names;
            public ByName(NamePool names) => _names = names;
            public int Compare(int x, int y) => _names.CompareOrdinal(x, y);
        }
    }
}
