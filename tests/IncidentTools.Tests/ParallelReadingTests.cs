using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// CorpusReader.MaxDegreeOfParallelism: files read, decoded and cleaned on several threads
    /// give the same results, in the same order, as one at a time; problems included.
    /// </summary>
    public class ParallelReadingTests
    {
        /// <summary>A folder of generated articles with every kind of problem, and the paths to read (a missing one, a file named twice, a bad manifest).</summary>
        private static string[] MixedInputs(TempFolder folder)
        {
            var articles = Path.Combine(folder.Path, "articles");
            IdenticalOutputTests.WriteGeneratedCorpus(articles, 120);
            File.WriteAllBytes(Path.Combine(articles, "art000050.txt"), new byte[] { 0x50, 0, 1, 2, 3, 0, 0, 7 });          // not text
            File.WriteAllText(Path.Combine(articles, "art000060.txt"), " \n\t\n");                                        // empty
            File.WriteAllBytes(Path.Combine(articles, "art000070.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 reopens\n\n\u0093We are glad,\u0094 the owner said.\n")); // Windows-1252
            var broken = Path.Combine(folder.Path, "broken");
            Directory.CreateDirectory(broken);
            File.WriteAllText(Path.Combine(broken, "corpus.yaml"), "parties: [unclosed\n");
            File.WriteAllText(Path.Combine(broken, "one.txt"), "A headline\n\nThe first paragraph of a story, which says very little at all.\n");
            return new[]
            {
                articles,
                Path.Combine(folder.Path, "missing"),
                Path.Combine(broken, "one.txt"),
                Path.Combine(articles, "art000010.txt"),   // read already: not again
                Path.Combine(folder.Path, "empty-folder"),
            };
        }

        private static string Describe(IEnumerable<CorpusReadResult> results, string root) =>
            string.Join("\n", results.Select(r => r.Document != null
                ? OutputDigest.Describe(r.Document, root) + " " + OutputDigest.Describe(r.Document.HighlightParagraphs, root) + " " + OutputDigest.Describe(r.Document.TitleParagraph, root)
                : "problem " + r.Problem!.Kind + " " + OutputDigest.Describe(r.Problem.Message, root)));

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(8)]
        [InlineData(-1)]
        public void ParallelReadingGivesTheSameResultsInTheSameOrder(int degree)
        {
            using var folder = new TempFolder();
            var inputs = MixedInputs(folder);
            Directory.CreateDirectory(Path.Combine(folder.Path, "empty-folder"));
            var one = new CorpusReader().Read(inputs).ToList();
            var many = new CorpusReader { MaxDegreeOfParallelism = degree }.Read(inputs).ToList();
            Assert.Equal(Describe(one, folder.Path), Describe(many, folder.Path));
            // The inputs hold what they should.
            Assert.Equal(120, one.Count(r => r.Document != null)); // 120 generated, one not text; the empty file and the broken folder's article
            foreach (var kind in new[] { CorpusProblemKind.NotText, CorpusProblemKind.EmptyFile, CorpusProblemKind.EncodingFallback, CorpusProblemKind.NotFound, CorpusProblemKind.ManifestInvalid, CorpusProblemKind.NoArticles })
                Assert.Contains(one, r => r.Problem?.Kind == kind);
        }

        /// <summary>Each document's quotes as text with their story: what a find on the reader's threads must give.</summary>
        private static string Describe(IncidentDocument doc, IEnumerable<IncidentQuote> quotes) =>
            doc.Id + " " + doc.StoryId + ": " + string.Join(" | ", quotes.Select(q => q.StoryId + " " + q.Speaker + " " + q.Text));

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(8)]
        public void ReadWithFindGivesWhatReadingThenFindingGives(int degree)
        {
            using var folder = new TempFolder();
            var inputs = MixedInputs(folder);
            var articles = Path.Combine(folder.Path, "articles");
            // Versions of earlier articles: story grouping (in order, after the workers found) gives them the
            // earlier article's story, which their quotes must carry.
            File.Copy(Path.Combine(articles, "art000003.txt"), Path.Combine(articles, "art000103b.txt"));
            File.Copy(Path.Combine(articles, "art000007.txt"), Path.Combine(articles, "art000107b.txt"));
            var one = new CorpusReader();
            var expected = one.Read(inputs).Select(r => r.Document == null ? "problem " + r.Problem!.Kind : Describe(r.Document, QuoteFinder.Find(r.Document, one.Manifests.First().Parties))).ToList();
            // The quotes are found on the workers before story grouping; their StoryId is read here, after it.
            var many = new CorpusReader { MaxDegreeOfParallelism = degree }.Read(inputs, (d, m) => QuoteFinder.Find(d, m.Parties)).ToList();
            var got = many.Select(r => r.Result.Document == null ? "problem " + r.Result.Problem!.Kind : Describe(r.Result.Document, r.Found)).ToList();
            Assert.Equal(expected, got);
            Assert.Contains(many, r => r.Result.Document != null && r.Result.Document.StoryId != r.Result.Document.Id);
            Assert.All(many.Where(r => r.Result.Document == null), r => Assert.Null(r.Found));
        }

        [Fact]
        public void ReadWithFindSkipsTheDocumentsNotWanted()
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 20);
            int found = 0;
            var results = new CorpusReader { MaxDegreeOfParallelism = 2 }
                .Read(new[] { folder.Path }, (d, m) => { Interlocked.Increment(ref found); return d.Id; }, d => d.Id.EndsWith("5", StringComparison.Ordinal))
                .Where(r => r.Result.Document != null).ToList();
            Assert.Equal(20, results.Count);
            Assert.Equal(2, found);
            Assert.All(results, r => Assert.Equal(r.Result.Document!.Id.EndsWith("5", StringComparison.Ordinal) ? r.Result.Document.Id : null, r.Found));
        }

        [Fact]
        public void ParallelLoadGivesTheSameCorpus()
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 150);
            var one = OutputDigest.Of(IncidentCorpus.Load(new[] { folder.Path }), folder.Path);
            var all = OutputDigest.Of(IncidentCorpus.Load(new[] { folder.Path }, -1), folder.Path);
            Assert.Equal(one.ToString(), all.ToString());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-2)]
        public void DegreeMustBeAThreadCount(int degree)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CorpusReader { MaxDegreeOfParallelism = degree });
            Assert.Contains("-1", ex.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => IncidentCorpus.Load(new[] { TestPaths.Seeds }, degree));
        }

        [Fact]
        public void OrderedParallelKeepsTheOrderAndUsesSeveralThreads()
        {
            var threads = new ConcurrentDictionary<int, bool>();
            var results = OrderedParallel.Select(Enumerable.Range(0, 400), i =>
            {
                threads[Environment.CurrentManagedThreadId] = true;
                if (i % 7 == 0) Thread.Sleep(1); // uneven work, so later items finish first
                return i * 2;
            }, 4, 16).ToList();
            Assert.Equal(Enumerable.Range(0, 400).Select(i => i * 2), results);
            Assert.True(threads.Count > 1, "more than one thread did the work");
            // degree threads in all, the caller's among them (it maps instead of waiting)
            Assert.True(threads.Count <= 4, $"{threads.Count} threads for a degree of 4");
        }

        [Fact]
        public void StoppingEarlyStopsTheWork()
        {
            int started = 0;
            var first = OrderedParallel.Select(Enumerable.Range(0, 10000), i =>
            {
                Interlocked.Increment(ref started);
                return i;
            }, 2, 8).Take(5).ToList();
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, first);
            int afterStop = Volatile.Read(ref started);
            Thread.Sleep(100);
            Assert.Equal(afterStop, Volatile.Read(ref started)); // the workers have stopped
            Assert.True(afterStop <= 5 + 8, $"{afterStop} items mapped: the source is read at most a window ahead");
        }

        [Fact]
        public void AnExceptionComesAtItsPlaceInTheOrder()
        {
            var seen = new List<int>();
            var ex = Assert.Throws<InvalidDataException>(() =>
            {
                foreach (var x in OrderedParallel.Select(Enumerable.Range(0, 100), i => i == 37 ? throw new InvalidDataException("item 37") : i, 3, 12))
                    seen.Add(x);
            });
            Assert.Equal("item 37", ex.Message);
            Assert.Equal(Enumerable.Range(0, 37), seen);
        }
    }
}
