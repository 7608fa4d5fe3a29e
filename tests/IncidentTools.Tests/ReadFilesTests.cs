using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The reader's record of the files read and the ids met keeps names in a pool of bytes and
    /// finds them through hashes: these tests hold it to the rule on strings (a file once per
    /// folder and name, ordinally; an id once, ignoring case), on names that take every path of
    /// the pool (ASCII, non-ASCII, lone surrogates, long, longer than a block of the pool).
    /// </summary>
    public class ReadFilesTests
    {
        private static readonly string[] Folders = { "/data/a", "/data/b", "C:\\Corpus", "" };

        private static IEnumerable<string> Names()
        {
            yield return "art000001.txt";
            yield return "ART000001.txt";
            yield return "café.txt";
            yield return "cafe\u0301.txt";
            yield return "lone \uD800 surrogate.txt";
            yield return "lone \uDBFF surrogate.txt";
            yield return "deseret \U00010400.txt";
            yield return "no extension";
            yield return ".hidden";
            yield return "two.dots.txt";
            yield return new string('x', 127) + ".txt";
            yield return new string('y', 128);
            yield return new string('z', 40000) + ".txt";
            yield return "é" + new string('w', 70000);
            for (int i = 0; i < 20000; i++) yield return $"doc{i:D6}.txt";
        }

        [Fact]
        public void FilesAreMetOncePerFolderAndName()
        {
            var read = new ReadFiles();
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = Names().ToArray();
            // Every name in every folder, then all of them again in another order: the second time
            // each is known, with the number of the first time.
            foreach (var folder in Folders)
                foreach (var name in names)
                {
                    Assert.True(read.Add(folder, name, out int number), $"{folder} {name.Length}");
                    Assert.Equal(numbers.Count, number);
                    numbers[folder + "\0" + name] = number;
                }
            foreach (var name in names.Reverse())
                foreach (var folder in Folders)
                {
                    Assert.False(read.Add(folder, name, out int number));
                    Assert.Equal(numbers[folder + "\0" + name], number);
                }
            foreach (var pair in numbers.Where((p, i) => i % 97 == 0 || p.Key.Length > 1000 || p.Key.Any(c => c > 127)))
            {
                int cut = pair.Key.IndexOf('\0');
                Assert.Equal(Path.Combine(pair.Key.Substring(0, cut), pair.Key.Substring(cut + 1)), read.PathOf(pair.Value));
            }
            Assert.Equal(numbers.Count, read.Count);
        }

        [Fact]
        public void IdsAreMetOnceIgnoringCaseAndNameTheirFirstFile()
        {
            var read = new ReadFiles();
            var names = Names().ToArray();
            var firstOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var ids = new List<string>();
            foreach (var folder in Folders.Take(2))
                foreach (var name in names)
                {
                    read.Add(folder, name, out int number);
                    // The id is the name without extension, but for some files a manifest's id of its own.
                    var id = number % 7 == 3 ? $"manifest-{number % 50}" : Path.GetFileNameWithoutExtension(name);
                    ids.Add(id);
                    bool first = read.FirstWithId(id, number, out int firstNumber);
                    if (firstOf.TryGetValue(id, out int expected))
                    {
                        Assert.False(first, id);
                        Assert.Equal(expected, firstNumber);
                    }
                    else
                    {
                        Assert.True(first, id);
                        Assert.Equal(number, firstNumber);
                        firstOf[id] = number;
                    }
                }
            for (int n = 0; n < ids.Count; n++) Assert.Equal(ids[n], read.IdOf(n));
            // Case: 'ART000001' and 'art000001' are one id (the second a duplicate), 'café' and 'cafe´' two.
            Assert.Contains(ids, id => id == "ART000001");
            Assert.True(firstOf.ContainsKey("café") && firstOf.ContainsKey("cafe\u0301"));
        }

        [Fact]
        public void ChunkedListKeepsItsItemsAcrossBlocks()
        {
            var list = new ChunkedList<ulong>();
            for (int i = 0; i < 50000; i++) list.Add((ulong)i * 3);
            Assert.Equal(50000, list.Count);
            for (int i = 0; i < 50000; i += 7) Assert.Equal((ulong)i * 3, list[i]);
            list[8192] = 1;
            Assert.Equal(1UL, list[8192]);
            list.GrowTo(60000);
            Assert.Equal(60000, list.Count);
            Assert.Equal(0UL, list[59999]);
        }
        [Fact]
        public void PoolComparesNamesAsStringCompareOrdinal()
        {
            var pool = new NamePool();
            var names = Names().Where((n, i) => i < 14 || i % 1000 == 0).Concat(new[] { "a", "a.txt", "A.txt", "b", "", "\uFFFF", "\uD800", "\U00010400x" }).ToArray();
            var positions = names.Select(pool.Add).ToArray();
            for (int i = 0; i < names.Length; i++)
                for (int j = 0; j < names.Length; j++)
                    Assert.Equal(Math.Sign(string.CompareOrdinal(names[i], names[j])), Math.Sign(pool.CompareOrdinal(positions[i], positions[j])));
        }

        [Fact]
        public void FolderListingGivesTheArticlesInOrdinalNameOrderAndTheOthersApart()
        {
            var folder = Path.Combine(Path.GetTempPath(), "incidenttools-listing-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var articles = new[] { "b.txt", "C.TXT", "a.txt", "café.txt", "cafe\u0301.txt", "Zulu.txt", "z10.txt", "z9.txt", "two.dots.txt" }
                    .Concat(Enumerable.Range(0, 300).Select(i => $"doc{(i * 7919) % 1000:D4}.txt")).Distinct().ToArray();
                var others = new[] { "notes.md", "corpus.yaml", "txt", "a.txt.bak" };
                foreach (var name in articles.Concat(others)) File.WriteAllText(Path.Combine(folder, name), "x");
                var skipped = new List<string>();
                var listing = FolderListing.Of(folder, name => Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase), skipped);
                var expected = articles.OrderBy(n => n, StringComparer.Ordinal).ToArray();
                Assert.Equal(expected, Enumerable.Range(0, listing.Count).Select(listing.NameAt).ToArray());
                Assert.Equal(others.OrderBy(n => n, StringComparer.Ordinal), skipped.OrderBy(n => n, StringComparer.Ordinal));
                Assert.Equal(0, FolderListing.Of(folder, name => false, null).Count);
                Assert.Throws<DirectoryNotFoundException>(() => FolderListing.Of(Path.Combine(folder, "missing"), name => true, null));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
