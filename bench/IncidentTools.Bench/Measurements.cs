// What one child process of the benchmark measures, on one corpus, after warming up.
// Each size runs in fresh processes so that the peak working set is that size's own.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace IncidentTools.Bench
{
    /// <summary>Time and allocations of one stage over one pass.</summary>
    internal sealed class StageFigure
    {
        public double Seconds { get; set; }
        /// <summary>CPU time of the whole process over the stage (all threads: GC and JIT included).</summary>
        public double CpuSeconds { get; set; }
        public long AllocatedBytes { get; set; }
    }

    /// <summary>What the streaming child reports (the path the cmdlets take: one document at a time).</summary>
    internal sealed class StreamResult
    {
        public int Articles { get; set; }
        public long Bytes { get; set; }
        public int Problems { get; set; }
        public int Quotes { get; set; }
        public int Claims { get; set; }
        public int ClaimsOnQuestions { get; set; }
        public bool HasManifest { get; set; }
        public int Parties { get; set; }
        public int Questions { get; set; }
        public int WarmupPasses { get; set; }
        public bool WarmupSteady { get; set; }
        public int Passes { get; set; }
        public double FloorSeconds { get; set; }
        public StageFigure Read { get; set; } = new StageFigure();
        public StageFigure QuoteStage { get; set; } = new StageFigure();
        public StageFigure ClaimStage { get; set; } = new StageFigure();
        /// <summary>The whole pipeline (read+clean, quotes, claims) on one thread.</summary>
        public StageFigure Pipeline { get; set; } = new StageFigure();
        /// <summary>The whole pipeline on every core (reading and attribution in parallel, results in order).</summary>
        public double ParallelSeconds { get; set; }
        public double ParallelCpuSeconds { get; set; }
        public int Threads { get; set; }
        public bool ParallelSameOutput { get; set; }
        public long PeakWorkingSet { get; set; }
    }

    /// <summary>What the corpus child reports (the IncidentCorpus API: the whole corpus in memory).</summary>
    internal sealed class CorpusResult
    {
        public int Articles { get; set; }
        public int WarmupPasses { get; set; }
        public bool WarmupSteady { get; set; }
        public StageFigure Load { get; set; } = new StageFigure();
        public StageFigure QuoteStage { get; set; } = new StageFigure();
        public StageFigure ClaimStage { get; set; } = new StageFigure();
        public StageFigure Comparison { get; set; } = new StageFigure();
        public int Rows { get; set; }
        public int Claims { get; set; }
        public long PeakWorkingSet { get; set; }
    }

    internal static class Measurements
    {
        /// <summary>The article files of a folder, in the reader's order.</summary>
        public static string[] ArticleFiles(string folder) =>
            Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();

        /// <summary>
        /// Runs a pass over and over until the code is optimised (tiered JIT): at least five
        /// passes and two seconds, then until the last three passes are within 10% of each
        /// other (at most 40 passes or 20 seconds; the machine may be shared).
        /// </summary>
        public static (int Passes, bool Steady) WarmUp(Action pass)
        {
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            while (true)
            {
                var sw = Stopwatch.StartNew();
                pass();
                times.Add(sw.Elapsed.TotalSeconds);
                if (times.Count >= 5 && total.Elapsed.TotalSeconds >= 2)
                {
                    var last = times.Skip(times.Count - 3).ToArray();
                    if ((last.Max() - last.Min()) / last.Min() < 0.10) return (times.Count, true);
                }
                if (times.Count >= 40 || total.Elapsed.TotalSeconds >= 20) return (times.Count, false);
            }
        }

        /// <summary>Passes until at least <paramref name="minSeconds"/> have gone; the figures of the median pass.</summary>
        public static (T Median, int Passes) Repeat<T>(Func<T> pass, Func<T, double> seconds, double minSeconds)
        {
            var results = new List<T>();
            var total = Stopwatch.StartNew();
            do results.Add(pass());
            while (total.Elapsed.TotalSeconds < minSeconds && results.Count < 25);
            var sorted = results.OrderBy(seconds).ToArray();
            return (sorted[sorted.Length / 2], results.Count);
        }

        /// <summary>The floor: read the bytes of the same files and decode them, nothing else.</summary>
        public static double Floor(string[] files)
        {
            var utf8 = new UTF8Encoding(false, false);
            long chars = 0;
            var sw = Stopwatch.StartNew();
            foreach (var f in files) chars += utf8.GetString(File.ReadAllBytes(f)).Length;
            var s = sw.Elapsed.TotalSeconds;
            if (chars < 0) throw new InvalidOperationException();
            return s;
        }

        public static StreamResult Stream(string folder, string[] warmFiles, int threads)
        {
            var files = ArticleFiles(folder);
            var result = new StreamResult { Articles = files.Length, Bytes = files.Sum(f => new FileInfo(f).Length), Threads = threads };
            var manifest = Path.Combine(folder, "corpus.yaml");
            result.HasManifest = File.Exists(manifest);

            // The attribution code is the same on every thread: warm it up on one, then run the
            // parallel plumbing twice.
            var (passes, steady) = WarmUp(() => Sequential(warmFiles, new StreamResult()));
            Parallel(warmFiles, threads);
            Parallel(warmFiles, threads);
            result.WarmupPasses = passes;
            result.WarmupSteady = steady;

            result.FloorSeconds = Math.Min(Floor(files), Floor(files));
            var paths = new[] { folder };
            var (seq, n) = Repeat(() =>
            {
                var r = new StreamResult();
                Sequential(paths, r);
                return r;
            }, r => r.Pipeline.Seconds, 2.0);
            result.Passes = n;
            result.Read = seq.Read;
            result.QuoteStage = seq.QuoteStage;
            result.ClaimStage = seq.ClaimStage;
            result.Pipeline = seq.Pipeline;
            result.Problems = seq.Problems;
            result.Quotes = seq.Quotes;
            result.Claims = seq.Claims;
            result.ClaimsOnQuestions = seq.ClaimsOnQuestions;
            result.Parties = seq.Parties;
            result.Questions = seq.Questions;

            var (par, _) = Repeat(() =>
            {
                var sw = Stopwatch.StartNew();
                var cpu = Cpu();
                var counts = Parallel(paths, threads);
                return (Seconds: sw.Elapsed.TotalSeconds, Cpu: Cpu() - cpu, counts.Quotes, counts.Claims);
            }, r => r.Seconds, 2.0);
            result.ParallelSeconds = par.Seconds;
            result.ParallelCpuSeconds = par.Cpu;
            result.ParallelSameOutput = par.Quotes == result.Quotes && par.Claims == result.Claims;

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            result.PeakWorkingSet = process.PeakWorkingSet64;
            return result;
        }

        /// <summary>For a sampling profiler: the streaming pipeline (or reading alone) over and over for a while.</summary>
        public static void Profile(string folder, bool readOnly, double seconds)
        {
            var sw = Stopwatch.StartNew();
            int passes = 0;
            while (sw.Elapsed.TotalSeconds < seconds)
            {
                if (readOnly) foreach (var r in new CorpusReader().Read(new[] { folder })) GC.KeepAlive(r);
                else Sequential(new[] { folder }, new StreamResult());
                passes++;
            }
            Console.Error.WriteLine($"{passes} passes in {sw.Elapsed.TotalSeconds:F1} s");
        }

        /// <summary>The streaming pipeline on this thread, each stage timed on its own: what Get-IncidentClaim -Path does.</summary>
        private static void Sequential(IEnumerable<string> paths, StreamResult r)
        {
            var reader = new CorpusReader();
            IReadOnlyList<PartyDefinition>? parties = null;
            IReadOnlyList<QuestionDefinition>? questions = null;
            long read = 0, quote = 0, claim = 0;
            long readAlloc = 0, quoteAlloc = 0, claimAlloc = 0;
            var total = Stopwatch.StartNew();
            var cpuStart = Cpu();
            long allocStart = GC.GetAllocatedBytesForCurrentThread();
            using (var e = reader.Read(paths).GetEnumerator())
            {
                while (true)
                {
                    long t0 = Stopwatch.GetTimestamp(), a0 = GC.GetAllocatedBytesForCurrentThread();
                    bool more = e.MoveNext();
                    long t1 = Stopwatch.GetTimestamp(), a1 = GC.GetAllocatedBytesForCurrentThread();
                    read += t1 - t0; readAlloc += a1 - a0;
                    if (!more) break;
                    var doc = e.Current.Document;
                    if (doc == null) { r.Problems++; continue; }
                    if (parties == null)
                    {
                        var m = reader.Manifests.FirstOrDefault() ?? CorpusManifest.Empty;
                        parties = m.Parties;
                        questions = m.Questions;
                    }
                    var quotes = QuoteFinder.Find(doc, parties);
                    long t2 = Stopwatch.GetTimestamp(), a2 = GC.GetAllocatedBytesForCurrentThread();
                    quote += t2 - t1; quoteAlloc += a2 - a1;
                    var attributed = quotes.Where(q => q.Speaker != null).ToArray();
                    var claims = ClaimFinder.Find(doc, attributed, parties, questions);
                    long t3 = Stopwatch.GetTimestamp(), a3 = GC.GetAllocatedBytesForCurrentThread();
                    claim += t3 - t2; claimAlloc += a3 - a2;
                    r.Quotes += quotes.Count;
                    r.Claims += claims.Count;
                    foreach (var c in claims) if (c.Question != null) r.ClaimsOnQuestions++;
                }
            }
            r.Pipeline.Seconds = total.Elapsed.TotalSeconds;
            r.Pipeline.CpuSeconds = Cpu() - cpuStart;
            r.Pipeline.AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocStart;
            r.Read = new StageFigure { Seconds = read / (double)Stopwatch.Frequency, AllocatedBytes = readAlloc };
            r.QuoteStage = new StageFigure { Seconds = quote / (double)Stopwatch.Frequency, AllocatedBytes = quoteAlloc };
            r.ClaimStage = new StageFigure { Seconds = claim / (double)Stopwatch.Frequency, AllocatedBytes = claimAlloc };
            r.Parties = parties?.Count ?? 0;
            r.Questions = questions?.Count ?? 0;
        }

        /// <summary>The same pipeline on every core: documents read and attributed in parallel, results taken in input order.</summary>
        private static (int Quotes, int Claims) Parallel(IEnumerable<string> paths, int threads)
        {
            var reader = NewReader(threads);
            IReadOnlyList<PartyDefinition>? parties = null;
            IReadOnlyList<QuestionDefinition>? questions = null;
            object gate = new object();
            int quotes = 0, claims = 0;
            var results = reader.Read(paths)
                .AsParallel().AsOrdered().WithDegreeOfParallelism(threads)
                .Select(r =>
                {
                    if (r.Document == null) return (0, 0);
                    lock (gate)
                    {
                        if (parties == null)
                        {
                            var m = reader.Manifests.FirstOrDefault() ?? CorpusManifest.Empty;
                            parties = m.Parties;
                            questions = m.Questions;
                        }
                    }
                    var q = QuoteFinder.Find(r.Document, parties);
                    var c = ClaimFinder.Find(r.Document, q.Where(x => x.Speaker != null).ToArray(), parties, questions);
                    return (q.Count, c.Count);
                });
            foreach (var (q, c) in results)
            {
                quotes += q;
                claims += c;
            }
            return (quotes, claims);
        }

        /// <summary>A reader that reads and cleans on every core where the engine can (see ReaderOptions).</summary>
        private static CorpusReader NewReader(int threads) => ReaderOptions.Parallel(threads);

        public static CorpusResult Corpus(string folder, string[] warmFiles)
        {
            var result = new CorpusResult();
            var (passes, steady) = WarmUp(() =>
            {
                var warm = IncidentCorpus.Load(warmFiles);
                _ = warm.GetQuotes(true);
                _ = warm.Claims;
                if (warm.Parties.Count >= 2) _ = warm.CompareAccounts();
            });
            result.WarmupPasses = passes;
            result.WarmupSteady = steady;

            var sw = Stopwatch.StartNew();
            long a = GC.GetAllocatedBytesForCurrentThread();
            var corpus = IncidentCorpus.Load(folder);
            result.Load = Figure(sw, ref a);
            result.Articles = corpus.Documents.Count;
            _ = corpus.GetQuotes(includeUnattributed: true);
            result.QuoteStage = Figure(sw, ref a);
            result.Claims = corpus.Claims.Count;
            result.ClaimStage = Figure(sw, ref a);
            if (corpus.Parties.Count >= 2) result.Rows = corpus.CompareAccounts().Count;
            result.Comparison = Figure(sw, ref a);
            GC.KeepAlive(corpus);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            result.PeakWorkingSet = process.PeakWorkingSet64;
            return result;
        }

        private static double Cpu()
        {
            using var p = Process.GetCurrentProcess();
            return p.TotalProcessorTime.TotalSeconds;
        }

        private static StageFigure Figure(Stopwatch sw, ref long allocated)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            var f = new StageFigure { Seconds = sw.Elapsed.TotalSeconds, AllocatedBytes = now - allocated };
            allocated = now;
            sw.Restart();
            return f;
        }
    }
}
