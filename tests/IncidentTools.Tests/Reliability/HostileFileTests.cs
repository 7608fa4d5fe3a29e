using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using IncidentTools.Fuzz;
using Xunit;

namespace IncidentTools.Tests.Reliability
{
    /// <summary>
    /// Bad files, each beside a good article: every one gets a specific problem or a result within
    /// a stated bound, and the good article is still read. (The cmdlets turn each problem kind into
    /// its error id and category: pester/Reliability.Tests.ps1.)
    /// </summary>
    [CollectionDefinition(nameof(HostileFileTests), DisableParallelization = true)]
    public class HostileFileCollection { }

    [Collection(nameof(HostileFileTests))] // alone, so the time and memory bounds measure these files only
    public class HostileFileTests
    {
        private const string Good = "Harbour reopens\n\n“We are glad,” the harbour master said on Monday.\n\nShips will dock again from June.\n";

        private static IncidentCorpus LoadWithGood(TempFolder folder)
        {
            folder.Write("good.txt", Good);
            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.Contains(corpus.Documents, d => d.Id == "good" && d.Paragraphs.Count == 2);
            return corpus;
        }

        /// <summary>Runs the whole pipeline over a folder and checks every invariant (offsets, overlaps, one document per file) within a time bound.</summary>
        private static PipelineCheck CheckAll(TempFolder folder, TimeSpan bound)
        {
            var files = Directory.GetFiles(folder.Path, "*.txt").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
            var check = new PipelineCheck(bound);
            var sw = Stopwatch.StartNew();
            check.Run(folder.Path, files);
            Assert.True(check.Violations.Count == 0, string.Join(Environment.NewLine, check.Violations.Take(10)));
            return check;
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t\r\n  \n")]
        [InlineData("\uFEFF")]
        public void EmptyAndBlankFilesWarnAndGiveAnEmptyDocument(string text)
        {
            using var folder = new TempFolder();
            folder.Write("blank.txt", text);
            var corpus = LoadWithGood(folder);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.EmptyFile, warning.Kind);
            Assert.True(warning.IsWarning);
            Assert.EndsWith("blank.txt", warning.Path);
            var blank = Assert.Single(corpus.Documents, d => d.Id == "blank");
            Assert.Empty(blank.Paragraphs);
            Assert.Empty(QuoteFinder.Find(blank));
        }

        [Theory]
        [InlineData("png")]
        [InlineData("random")]
        [InlineData("controls")]
        public void BinaryFilesAreNotText(string kind)
        {
            using var folder = new TempFolder();
            var random = new Random(7);
            byte[] bytes = kind switch
            {
                "png" => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 },
                "random" => Enumerable.Range(0, 4096).Select(_ => (byte)random.Next(256)).ToArray(),
                // No NUL byte, but a control character in every few.
                _ => Enumerable.Range(0, 4096).Select(i => (byte)(i % 5 == 0 ? 0x01 + i % 7 : 'a' + i % 26)).ToArray(),
            };
            var file = folder.WriteBytes("binary.txt", bytes);
            var corpus = LoadWithGood(folder);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NotText, problem.Kind);
            Assert.False(problem.IsWarning);
            Assert.Equal(file, problem.Path);
            Assert.Single(corpus.Documents);
        }

        [Fact]
        public void InvalidUtf8IsReadAsWindows1252WithAWarning()
        {
            using var folder = new TempFolder();
            // Valid UTF-8 around one stray byte 0xE9 (é in Windows-1252) and a truncated sequence.
            var bytes = Encoding.UTF8.GetBytes("Caf\u00e9 closes\n\n“It is sad,” the owner said.\n").Concat(new byte[] { 0xE9, 0xE2, 0x80 }).ToArray();
            var file = folder.WriteBytes("bad.txt", bytes);
            var corpus = LoadWithGood(folder);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.EncodingFallback, warning.Kind);
            Assert.Equal(file, warning.Path);
            var doc = Assert.Single(corpus.Documents, d => d.Id == "bad");
            Assert.True(doc.DecodedWithFallback);
            CheckAll(folder, TimeSpan.FromSeconds(5));
        }

        [Theory]
        [InlineData("utf-16LE")]
        [InlineData("utf-16BE")]
        [InlineData("utf-32LE")]
        [InlineData("utf-32BE")]
        [InlineData("utf-8-bom")]
        [InlineData("windows-1252")]
        public void EncodingsWithAByteOrderMarkOrCodePageAreDecoded(string name)
        {
            using var folder = new TempFolder();
            var text = "Caf\u00e9 reopens\n\n“We are glad,” the caf\u00e9 owner said.\n\nShips dock again.\n";
            byte[] bytes = name switch
            {
                "utf-16LE" => Bom(new UnicodeEncoding(false, true), text),
                "utf-16BE" => Bom(new UnicodeEncoding(true, true), text),
                "utf-32LE" => Bom(new UTF32Encoding(false, true), text),
                "utf-32BE" => Bom(new UTF32Encoding(true, true), text),
                "utf-8-bom" => Bom(new UTF8Encoding(true), text),
                _ => text.Select(c => c == '“' ? (byte)0x93 : c == '”' ? (byte)0x94 : (byte)c).ToArray(),
            };
            folder.WriteBytes("enc.txt", bytes);
            var corpus = LoadWithGood(folder);
            var doc = Assert.Single(corpus.Documents, d => d.Id == "enc");
            Assert.Equal(name, doc.Encoding);
            Assert.Equal("“We are glad,” the caf\u00e9 owner said.", doc.Paragraphs[0].Text);
            Assert.Equal(name == "windows-1252", corpus.Problems.Any(p => p.Kind == CorpusProblemKind.EncodingFallback));
            var quote = Assert.Single(QuoteFinder.Find(doc));
            Assert.Equal("We are glad,", quote.Text);
            CheckAll(folder, TimeSpan.FromSeconds(5));
        }

        private static byte[] Bom(Encoding e, string text) => e.GetPreamble().Concat(e.GetBytes(text)).ToArray();

        [Fact]
        public void MixedLineEndingsKeepLinesAndOffsets()
        {
            using var folder = new TempFolder();
            folder.Write("mixed.txt", "Harbour reopens\r\n\r\n“We are glad,” the harbour master said.\r\rShips dock\nagain from June.\n\r\n“Good,” she said.\r");
            LoadWithGood(folder);
            var doc = Assert.Single(IncidentCorpus.Load(Path.Combine(folder.Path, "mixed.txt")).Documents);
            // A line is a paragraph (scraped articles have one per line), whatever ends it.
            Assert.Equal(new[] { 3, 5, 6, 8 }, doc.Paragraphs.Select(p => p.Line));
            var quotes = QuoteFinder.Find(doc);
            Assert.Equal(new[] { 3, 8 }, quotes.Select(q => q.Line));
            CheckAll(folder, TimeSpan.FromSeconds(5));
        }

        [Fact]
        public void AFileOverTheSizeLimitIsRefusedWithoutBeingRead()
        {
            using var folder = new TempFolder();
            var big = Path.Combine(folder.Path, "big.txt");
            using (var fs = File.Create(big)) fs.SetLength(50L * 1024 * 1024); // 50 MB, sparse
            var sw = Stopwatch.StartNew();
            var before = GC.GetTotalAllocatedBytes();
            var corpus = LoadWithGood(folder);
            var allocated = GC.GetTotalAllocatedBytes() - before;
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.FileTooLarge, problem.Kind);
            Assert.False(problem.IsWarning);
            Assert.Equal(big, problem.Path);
            Assert.Contains("16 MiB", problem.Message);
            Assert.Single(corpus.Documents);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(2), sw.Elapsed.ToString());
            Assert.True(allocated < 8L * 1024 * 1024, $"{allocated:N0} bytes allocated");
        }

        [Fact]
        public void AStreamThatGrowsPastTheLimitIsCutOffWhileReading()
        {
            // A file that says nothing of its length (a pipe, a growing file) is bounded as it is read.
            using var folder = new TempFolder();
            var endless = folder.Write("endless.txt", "x");
            var reader = new CorpusReader(path => path == endless ? new EndlessStream() : File.OpenRead(path)) { MaxFileBytes = 1024 * 1024 };
            folder.Write("good.txt", Good);
            var results = reader.Read(new[] { folder.Path }).ToList();
            var problem = Assert.Single(results, r => r.Problem != null).Problem!;
            Assert.Equal(CorpusProblemKind.FileTooLarge, problem.Kind);
            Assert.Equal(endless, problem.Path);
            Assert.Single(results, r => r.Document != null);
        }

        private sealed class EndlessStream : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) { Array.Fill(buffer, (byte)'a', offset, count); return count; }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }

        [Fact]
        public void AFileJustUnderTheLimitIsReadInLinearTime()
        {
            // 0.5 and 2 MB of quoted news paragraphs (20,000 quotes): time grows with the size, not faster
            // (within a generous factor for a shared machine). A machine busy with other work slows one run
            // more than the other, so a failed comparison is measured again, keeping each size's fastest run
            // (up to three rounds): a quadratic engine fails every round, a load spike does not.
            var sizes = new[] { 0.5, 2 };
            var best = new[] { double.MaxValue, double.MaxValue };
            for (int round = 0; round < 3; round++)
            {
                for (int k = 0; k < sizes.Length; k++)
                {
                    using var folder = new TempFolder();
                    var sb = new StringBuilder("A long file\n\n");
                    int i = 0;
                    while (sb.Length < sizes[k] * 1024 * 1024)
                        sb.Append($"“Paragraph {i++} is quoted,” Mr. Smith said. The officials said it was not deliberate.\n\n");
                    folder.Write("long.txt", sb.ToString());
                    var sw = Stopwatch.StartNew();
                    var check = CheckAll(folder, TimeSpan.FromSeconds(60));
                    best[k] = Math.Min(best[k], sw.Elapsed.TotalSeconds);
                    Assert.True(check.Quotes >= i, $"{check.Quotes} quotes of {i}");
                }
                Console.WriteLine($"round {round + 1}: 0.5 MB: {best[0]:F1} s, 2 MB: {best[1]:F1} s (fastest so far)");
                if (best[1] < Math.Max(1.0, best[0]) * 4 * 2.5) break;
            }
            Assert.True(best[1] < 60, $"2 MB took {best[1]:F1} s");
            Assert.True(best[1] < Math.Max(1.0, best[0]) * 4 * 2.5, $"0.5 MB: {best[0]:F1} s, 2 MB: {best[1]:F1} s");
        }

        [Fact]
        public void AParagraphOfDescribedSpeakersIsReadInLinearTime()
        {
            // One paragraph (a site's text on one line) of 1/8 and 1 MB in which every sentence gives its words to a
            // description ("the engineer said"): each bare description looks back for "an engineer" written before it,
            // which must not read the whole paragraph back each time (1.3 MB once took minutes). Fastest of up to three
            // rounds, as above.
            var sizes = new[] { 0.125, 1 };
            var best = new[] { double.MaxValue, double.MaxValue };
            for (int round = 0; round < 3; round++)
            {
                for (int k = 0; k < sizes.Length; k++)
                {
                    using var folder = new TempFolder();
                    var sb = new StringBuilder("One paragraph\n\n");
                    int i = 0;
                    while (sb.Length < sizes[k] * 1024 * 1024)
                        sb.Append($"“Pump {i++} failed,” the engineer said. ");
                    sb.Append('\n');
                    folder.Write("para.txt", sb.ToString());
                    var sw = Stopwatch.StartNew();
                    var check = CheckAll(folder, TimeSpan.FromSeconds(120));
                    best[k] = Math.Min(best[k], sw.Elapsed.TotalSeconds);
                    Assert.True(check.Quotes >= i, $"{check.Quotes} quotes of {i}");
                }
                Console.WriteLine($"round {round + 1}: 1/8 MB: {best[0]:F1} s, 1 MB: {best[1]:F1} s (fastest so far)");
                if (best[1] < Math.Max(1.0, best[0]) * 8 * 2.5) break;
            }
            Assert.True(best[1] < Math.Max(1.0, best[0]) * 8 * 2.5, $"1/8 MB: {best[0]:F1} s, 1 MB: {best[1]:F1} s");
        }

        [Fact]
        public void AOneMegabyteParagraphIsHandledInBoundedTime()
        {
            using var folder = new TempFolder();
            var sb = new StringBuilder("One paragraph\n\n");
            while (sb.Length < 1024 * 1024)
                sb.Append("“It was not deliberate,” said Gen. A. B. Clark, who told reporters that the U.S. side “fired first” and, he said, ‘acted in self-defence’. ");
            sb.Append('\n');
            folder.Write("para.txt", sb.ToString());
            var check = CheckAll(folder, TimeSpan.FromSeconds(20));
            Assert.True(check.Quotes > 1000, $"{check.Quotes} quotes");
        }

        [Theory]
        [InlineData("“")]
        [InlineData("\"")]
        [InlineData("‘")]
        [InlineData("” “")]
        public void TenThousandUnbalancedMarksAreHandledInBoundedTime(string mark)
        {
            using var folder = new TempFolder();
            var sb = new StringBuilder("Unbalanced marks\n\n");
            for (int i = 0; i < 10_000; i++) sb.Append(mark).Append(i % 3 == 0 ? "he said " : "word ");
            sb.Append("\n\n“A closing quote,” the official said.\n");
            folder.Write("marks.txt", sb.ToString());
            CheckAll(folder, TimeSpan.FromSeconds(20));
        }

        [Fact]
        public void DeeplyNestedQuotesAreHandledInBoundedTime()
        {
            using var folder = new TempFolder();
            var open = new StringBuilder();
            var close = new StringBuilder();
            for (int i = 0; i < 5_000; i++)
            {
                open.Append(i % 2 == 0 ? "“He said, " : "‘she said, ");
                close.Insert(0, i % 2 == 0 ? "”" : "’");
            }
            folder.Write("nested.txt", "Nested quotes\n\n" + open + "the centre" + close + " the minister said.\n");
            CheckAll(folder, TimeSpan.FromSeconds(20));
        }

        [Fact]
        public void AHundredThousandFilesAreReadOneByOneInBoundedTimeAndMemory()
        {
            // Writing and deleting 100,000 files takes minutes on a busy 2-core machine, so the default
            // run reads 5,000 with the same bounds scaled down; INCIDENTTOOLS_SLOW_TESTS=1 reads the
            // full 100,000 (measured under load: 21 s to read them).
            int count = Environment.GetEnvironmentVariable("INCIDENTTOOLS_SLOW_TESTS") == "1" ? 100_000 : 5_000;
            using var folder = new TempFolder();
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < count; i++)
                File.WriteAllText(Path.Combine(folder.Path, $"a{i:000000}.txt"), $"Story {i % 1000}\n\n“Quote {i},” the official said.\n");
            Console.WriteLine($"{count:N0} files written in {sw.Elapsed.TotalSeconds:F1} s");
            sw.Restart();
            var reader = new CorpusReader();
            int documents = 0, problems = 0;
            long before = GC.GetTotalMemory(true);
            foreach (var r in reader.Read(new[] { folder.Path }))
            {
                if (r.Document != null) documents++;
                if (r.Problem != null) problems++;
            }
            var readTime = sw.Elapsed;
            // What the reader keeps (story grouping holds every document's paragraph keys), measured after a full collection.
            long peakManaged = GC.GetTotalMemory(true) - before;
            GC.KeepAlive(reader);
            Console.WriteLine($"{count:N0} files read in {readTime.TotalSeconds:F1} s, {peakManaged / (1024 * 1024)} MiB kept");
            sw.Restart();
            foreach (var f in Directory.EnumerateFiles(folder.Path)) File.Delete(f);
            Console.WriteLine($"{count:N0} files deleted in {sw.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(count, documents);
            Assert.Equal(0, problems);
            // Bounds for 100,000: 120 s and 512 MiB kept (scaled to the count).
            Assert.True(readTime < TimeSpan.FromSeconds(120.0 * count / 100_000), $"{readTime.TotalSeconds:F1} s");
            Assert.True(peakManaged < 512L * 1024 * 1024 * count / 100_000, $"{peakManaged:N0} bytes kept");
        }

        [Fact]
        public void AFileThatCannotBeOpenedIsAccessDenied()
        {
            // Through an injected opener, so the error path is tested whoever runs the tests.
            using var folder = new TempFolder();
            var locked = folder.Write("locked.txt", Good);
            folder.Write("good.txt", Good);
            var reader = new CorpusReader(path => path == locked ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : File.OpenRead(path));
            var results = reader.Read(new[] { folder.Path }).ToList();
            var problem = Assert.Single(results, r => r.Problem != null).Problem!;
            Assert.Equal(CorpusProblemKind.AccessDenied, problem.Kind);
            Assert.False(problem.IsWarning);
            Assert.Equal(locked, problem.Path);
            Assert.Single(results, r => r.Document != null);
        }

        [Fact]
        public void AFileWithoutReadPermissionIsAccessDeniedWhereThePlatformEnforcesIt()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return; // chmod is POSIX; the injected opener above covers the path
            using var folder = new TempFolder();
            var locked = folder.Write("locked.txt", Good);
            File.SetUnixFileMode(locked, UnixFileMode.None);
            bool enforced;
            try { File.ReadAllBytes(locked); enforced = false; }
            catch (UnauthorizedAccessException) { enforced = true; }
            // As root, mode 000 does not stop reading: then the file is read like any other (and the
            // error path is proven by AFileThatCannotBeOpenedIsAccessDenied).
            var corpus = LoadWithGood(folder);
            if (enforced)
            {
                var problem = Assert.Single(corpus.Problems);
                Assert.Equal(CorpusProblemKind.AccessDenied, problem.Kind);
                Assert.Equal(locked, problem.Path);
                Assert.Single(corpus.Documents);
            }
            else
            {
                Assert.Empty(corpus.Problems);
                Assert.Equal(2, corpus.Documents.Count);
            }
        }

        [Fact]
        public void AFileThatDisappearsBetweenListingAndReadingIsNotFound()
        {
            using var folder = new TempFolder();
            var vanishing = folder.Write("vanishing.txt", Good);
            folder.Write("good.txt", Good);
            // The folder is listed first; the file is deleted just before it is opened.
            var reader = new CorpusReader(path =>
            {
                if (path == vanishing) File.Delete(path);
                return File.OpenRead(path);
            });
            var results = reader.Read(new[] { folder.Path }).ToList();
            var problem = Assert.Single(results, r => r.Problem != null).Problem!;
            Assert.Equal(CorpusProblemKind.NotFound, problem.Kind);
            Assert.Equal(vanishing, problem.Path);
            Assert.Contains("no longer exists", problem.Message);
            Assert.Single(results, r => r.Document != null);
        }

        [Fact]
        public void SymbolicLinkLoopsAreReadErrorsAndDoNotHang()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return; // symbolic links need a privilege there
            using var folder = new TempFolder();
            var self = Path.Combine(folder.Path, "self.txt");
            File.CreateSymbolicLink(self, self);                                     // self.txt -> self.txt
            var a = Path.Combine(folder.Path, "a.txt");
            var b = Path.Combine(folder.Path, "b.txt");
            File.CreateSymbolicLink(a, b);                                           // a.txt -> b.txt -> a.txt
            File.CreateSymbolicLink(b, a);
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop"), folder.Path); // loop -> . (a folder is not recursed)
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "dir.txt"), folder.Path); // a folder named like an article
            var linked = Path.Combine(folder.Path, "linked.txt");
            File.CreateSymbolicLink(linked, Path.Combine(folder.Path, "good.txt"));     // an ordinary link to an article is read

            var sw = Stopwatch.StartNew();
            var corpus = LoadWithGood(folder);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5));
            var failed = corpus.Problems.Where(p => !p.IsWarning).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { a, b, self }, failed.Select(p => p.Path));
            Assert.All(failed, p => Assert.Equal(CorpusProblemKind.ReadFailed, p.Kind));
            Assert.Equal(new[] { "good", "linked" }, corpus.Documents.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal));
        }
    }
}
