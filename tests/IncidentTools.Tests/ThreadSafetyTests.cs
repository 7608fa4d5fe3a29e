using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The engine is called from several threads at once (ForEach-Object -Parallel, a parallel
    /// caller of the API): each thread gets what one thread alone gets.
    /// </summary>
    public class ThreadSafetyTests
    {
        [Fact]
        public async Task ThePipelineOnManyThreadsGivesWhatOneThreadGives()
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 60);
            var expected = OutputDigest.Of(IncidentCorpus.Load(folder.Path), folder.Path).ToString();
            var expectedSeeds = OutputDigest.Of(IncidentCorpus.Load(TestPaths.Seeds), TestPaths.Seeds).ToString();

            // Eight threads start together, each loading, attributing and comparing on its own
            // (half of them reading in parallel too): caches and word lists are built under contention.
            using var start = new Barrier(8);
            var tasks = Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                var seeds = OutputDigest.Of(IncidentCorpus.Load(new[] { TestPaths.Seeds }, i % 2 == 0 ? 1 : 2), TestPaths.Seeds).ToString();
                var generated = OutputDigest.Of(IncidentCorpus.Load(new[] { folder.Path }, i % 2 == 0 ? 1 : 2), folder.Path).ToString();
                return (seeds, generated);
            }, TaskCreationOptions.LongRunning)).ToArray();
            foreach (var (seeds, generated) in await Task.WhenAll(tasks))
            {
                Assert.Equal(expectedSeeds, seeds);
                Assert.Equal(expected, generated);
            }
        }

        [Fact]
        public void DocumentsAttributedInParallelGiveTheCorpusQuotesAndClaims()
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 80);
            var corpus = IncidentCorpus.Load(folder.Path);
            var perDocument = new (IReadOnlyList<IncidentQuote> Quotes, IReadOnlyList<IncidentClaim> Claims)[corpus.Documents.Count];
            Parallel.For(0, corpus.Documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                var doc = corpus.Documents[i];
                var quotes = QuoteFinder.Find(doc, corpus.Parties);
                perDocument[i] = (quotes, ClaimFinder.Find(doc, corpus.Parties, corpus.Questions));
            });
            Assert.Equal(OutputDigest.Describe(corpus.GetQuotes(true), folder.Path), OutputDigest.Describe(perDocument.SelectMany(p => p.Quotes), folder.Path));
            // The corpus's claims are each document's claims, in order.
            Assert.Equal(OutputDigest.Describe(corpus.Claims, folder.Path), OutputDigest.Describe(perDocument.SelectMany(p => p.Claims), folder.Path));
            Assert.True(corpus.Claims.Count > 100);
        }
    }

    /// <summary>The streaming path holds the document being read, not the documents read before it.</summary>
    public class StreamingMemoryTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void TheReaderDoesNotKeepTheDocumentsItGave(int degree)
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 100);
            var reader = new CorpusReader { MaxDegreeOfParallelism = degree };
            var documents = ReadWeakly(reader, folder.Path);
            Assert.Equal(100, documents.Count);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            int alive = documents.Count(w => w.IsAlive);
            GC.KeepAlive(reader); // the reader is still in use (it would group the next input's versions)
            Assert.True(alive == 0, $"{alive} of 100 documents are still held after reading");
        }

        [Fact]
        public void EachFileIsReadOnceHoweverItsFolderIsWritten()
        {
            // The reader remembers the files read as names by folder, not as full paths.
            using var folder = new TempFolder();
            folder.Write("a.txt", "A headline\n\nThe first paragraph of a story, which says very little at all.\n");
            folder.Write("b.txt", "Another headline\n\nThe first paragraph of another story, which says little too.\n");
            var sub = System.IO.Path.Combine(folder.Path, "sub");
            System.IO.Directory.CreateDirectory(sub);
            File.WriteAllText(System.IO.Path.Combine(sub, "a.txt"), "A third headline\n\nThe same name in another folder is another file.\n");
            var inputs = new[]
            {
                System.IO.Path.Combine(folder.Path, ".", "b.txt"),
                folder.Path + System.IO.Path.DirectorySeparatorChar,
                System.IO.Path.Combine(sub, "..", "a.txt"),
                System.IO.Path.Combine(sub, "a.txt"),
                folder.Path,
            };
            foreach (var degree in new[] { 1, 2 })
            {
                var docs = new CorpusReader { MaxDegreeOfParallelism = degree }.Read(inputs).Where(r => r.Document != null).Select(r => r.Document!.Path).ToArray();
                Assert.Equal(new[]
                {
                    System.IO.Path.Combine(folder.Path, "b.txt"),
                    System.IO.Path.Combine(folder.Path, "a.txt"),
                    System.IO.Path.Combine(sub, "a.txt"),
                }, docs);
            }
        }

        [Fact]
        public void FilesOfEverySizeReadThroughTheReusedBufferAsReadAllBytesReadsThem()
        {
            // Sizes around the reused buffer's first size (64 KiB) and its limit (1 MiB); a UTF-16
            // file (NUL bytes) before short UTF-8 ones, so bytes left in the buffer must not count.
            using var folder = new TempFolder();
            var sizes = new[] { 0, 1, 5000, 65535, 65536, 65537, 200000, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3000000 };
            var files = new List<string>();
            int n = 0;
            foreach (var size in sizes)
            {
                var sb = new System.Text.StringBuilder("A headline for a file\n\n");
                while (sb.Length < size) sb.Append("Paragraph ").Append(sb.Length).Append(" of a long file, which says what others said.\n\n");
                var text = sb.ToString(0, Math.Min(sb.Length, size));
                files.Add(folder.Write($"{n++:D2}-utf16.txt", text, new System.Text.UnicodeEncoding(false, true)));
                files.Add(folder.Write($"{n++:D2}-utf8.txt", text.Length > 30 ? text.Substring(0, 30) + "\n\nShort." : text));
                files.Add(folder.Write($"{n++:D2}-utf8-full.txt", text));
            }
            foreach (var degree in new[] { 1, 3 })
            {
                foreach (var r in new CorpusReader { MaxDegreeOfParallelism = degree }.Read(files))
                {
                    if (r.Document == null)
                    {
                        Assert.Equal(CorpusProblemKind.EmptyFile, r.Problem!.Kind); // the empty files, and nothing else
                        continue;
                    }
                    var expected = IncidentTools.Corpus.TextDecoder.Decode(File.ReadAllBytes(r.Document.Path));
                    Assert.Equal(expected.Encoding, r.Document.Encoding);
                    Assert.True(expected.Text == r.Document.SourceText, r.Document.Path);
                }
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static List<WeakReference> ReadWeakly(CorpusReader reader, string path) =>
            reader.Read(new[] { path }).Where(r => r.Document != null).Select(r => new WeakReference(r.Document)).ToList();
    }
}
