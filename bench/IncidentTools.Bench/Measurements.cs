// What one child process of the benchmark measures, on one corpus, after warming up.
// Each size runs in fresh processes so that the peak working set is that size's own.
using System;
using System.Collections.Concurrent;
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
        /// <summary>Wall time.</summary>
        public double Seconds { get; set; }
        /// <summary>CPU time of the thread that ran the stage (its garbage collections included): what one core spent.</summary>
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
        public int ParallelWarmupPasses { get; set; }
        public bool ParallelWarmupSteady { get; set; }
        /// <summary>The JIT's compile time during the timed one-thread passes and during the pairs: near zero when the warm-up did its work.</summary>
        public double JitSecondsOneCore { get; set; }
        public double JitSecondsPairs { get; set; }
        public int Passes { get; set; }
        public double FloorSeconds { get; set; }
        public double FloorCpuSeconds { get; set; }
        /// <summary>CPU time of the whole process over the one-core pass (JIT and background GC threads too).</summary>
        public double ProcessCpuSeconds { get; set; }
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
        /// <summary>Peak working set after the one-core passes: the path the cmdlets take.</summary>
        public long PeakWorkingSetOneCore { get; set; }
        /// <summary>Peak working set after the parallel passes too.</summary>
        public long PeakWorkingSet { get; set; }
        /// <summary>Garbage collections during the median one-core pass, by generation, and their pauses.</summary>
        public int[] Collections { get; set; } = new int[3];
        public double GcPauseSeconds { get; set; }
        /// <summary>The speed-up measured in pairs: a one-thread pass and a parallel pass back to back over the same first articles, several times.</summary>
        public List<PairFigure> Pairs { get; set; } = new List<PairFigure>();
        public int PairArticles { get; set; }

        /// <summary>The median over the pairs of the one-thread pass's wall time over the parallel pass's (NaN without pairs).</summary>
        public double PairSpeedup => Median(Pairs.Select(q => q.Speedup));

        /// <summary>The median over the pairs of the parallel pass's processor time over the one-thread pass's: the extra work of the parallel path.</summary>
        public double PairCpuRatio => Median(Pairs.Select(q => q.ParallelCpu / q.OneCpu));

        /// <summary>The median over the pairs of the parallel pass's processor time over its wall time: the cores it got.</summary>
        public double PairCoresUsed => Median(Pairs.Select(q => q.ParallelCpu / q.ParallelSeconds));

        private static double Median(IEnumerable<double> values)
        {
            var v = values.OrderBy(x => x).ToArray();
            if (v.Length == 0) return double.NaN;
            return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }
    }

    /// <summary>One pair: the same articles on one thread and on every core, back to back (wall and process CPU seconds of each).</summary>
    public sealed class PairFigure
    {
        public double OneSeconds { get; set; }
        public double OneCpu { get; set; }
        public double ParallelSeconds { get; set; }
        public double ParallelCpu { get; set; }
        /// <summary>
        /// Garbage collections (gen0 and up, gen1 and up) and their pauses in seconds during each pass: the parallel pass holds
        /// more documents at once (the reader's read-ahead, the ordering), so more of each young generation survives (on
        /// 1,000 articles: 37-40 gen0 and 27-30 gen1 collections against 61-66 and 20-23). Their pauses are not the parallel
        /// pass's extra processor time: with the JIT done (load average 4.6) the parallel pass took 1.17x the processor
        /// time of one thread and its pauses were 59 ms against 63 ms.
        /// </summary>
        public int OneGen1 { get; set; }
        public int ParallelGen1 { get; set; }
        public int OneGen0 { get; set; }
        public int ParallelGen0 { get; set; }
        public double OnePause { get; set; }
        public double ParallelPause { get; set; }
        public double Speedup => OneSeconds / ParallelSeconds;
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
        /// other and the last pass had the JIT compile at most <see cref="QuietJitMethods"/> methods
        /// (at most 40 passes or <paramref name="maxSeconds"/>; the machine may be shared). The JIT's
        /// tier-1 compilations run on a background thread of their own for many passes after the
        /// times look steady: a sampling profile of a quick run's child (perf, 1,000 articles) had
        /// that thread busy on a fifth of a core through the timed one-thread passes and the first
        /// parallel ones, so their processor time held the JIT's.
        /// </summary>
        public static (int Passes, bool Steady) WarmUp(Action pass, double maxSeconds)
        {
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            while (true)
            {
                long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
                var sw = Stopwatch.StartNew();
                pass();
                times.Add(sw.Elapsed.TotalSeconds);
                bool jitQuiet = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled <= QuietJitMethods;
                if (times.Count >= 5 && total.Elapsed.TotalSeconds >= 2 && jitQuiet)
                {
                    var last = times.Skip(times.Count - 3).ToArray();
                    if ((last.Max() - last.Min()) / last.Min() < 0.10) return (times.Count, true);
                }
                if (times.Count >= 40 || total.Elapsed.TotalSeconds >= maxSeconds) return (times.Count, false);
            }
        }

        /// <summary>The JIT is done with a pass's code when a pass has it compile no more methods than this.</summary>
        private const int QuietJitMethods = 5;

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

        /// <summary>
        /// The first <paramref name="count"/> article files of a folder in the reader's order, found
        /// while the folder is listed (the list of every file is not built: a child that held the
        /// paths of 50,000 files would measure its own list in the peak working set, which a user's
        /// <c>Get-ChildItem | Get-IncidentQuote</c> does not hold).
        /// </summary>
        public static string[] FirstArticleFiles(string folder, int count)
        {
            var first = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var f in Directory.EnumerateFiles(folder, "*.txt"))
            {
                if (first.Count == count && StringComparer.Ordinal.Compare(f, first.Max) >= 0) continue;
                first.Add(f);
                if (first.Count > count) first.Remove(first.Max!);
            }
            return first.ToArray();
        }

        /// <summary>
        /// The floor: read the bytes of the folder's article files and decode them, nothing else (wall
        /// and thread CPU seconds). The files are listed as they are read, as a user's
        /// <c>Get-ChildItem</c> lists them, not held in a list.
        /// </summary>
        public static (double Seconds, double CpuSeconds, int Files, long Bytes) Floor(string folder)
        {
            var utf8 = new UTF8Encoding(false, false);
            long chars = 0, bytes = 0;
            int files = 0;
            var cpu = ThreadCpu.Now();
            var sw = Stopwatch.StartNew();
            foreach (var f in Directory.EnumerateFiles(folder, "*.txt"))
            {
                var read = File.ReadAllBytes(f);
                bytes += read.Length;
                files++;
                chars += utf8.GetString(read).Length;
            }
            var s = sw.Elapsed.TotalSeconds;
            var c = ThreadCpu.Now() - cpu;
            if (chars < 0) throw new InvalidOperationException();
            return (s, c, files, bytes);
        }

        public static StreamResult Stream(string folder, string[] warmFiles, int threads, double maxSeconds)
        {
            var result = new StreamResult { Threads = threads };
            // The floor and the sizes (the files listed as they are read).
            FloorOf(folder, result);
            var manifest = Path.Combine(folder, "corpus.yaml");
            result.HasManifest = File.Exists(manifest);

            // The attribution code is the same on every thread: warm it up on one (the parallel
            // plumbing is warmed up before the parallel passes, after the one-core peak is read).
            var (passes, steady) = WarmUp(() => Sequential(warmFiles, new StreamResult()), maxSeconds);
            result.WarmupPasses = passes;
            result.WarmupSteady = steady;

            var paths = new[] { folder };
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var (seq, n) = Repeat(() =>
            {
                var r = new StreamResult();
                Sequential(paths, r);
                return r;
            }, r => r.Pipeline.CpuSeconds, 2.0);
            result.Passes = n;
            result.JitSecondsOneCore = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds;
            result.ProcessCpuSeconds = seq.ProcessCpuSeconds;
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
            result.Collections = seq.Collections;
            result.GcPauseSeconds = seq.GcPauseSeconds;

            result.PeakWorkingSetOneCore = PeakWorkingSet();
            // the parallel plumbing (and the code paths the one-thread passes missed) warmed up the same way
            var (parallelPasses, parallelSteady) = WarmUp(() => Parallel(warmFiles, threads), maxSeconds);
            result.ParallelWarmupPasses = parallelPasses;
            result.ParallelWarmupSteady = parallelSteady;
            var (par, _) = Repeat(() =>
            {
                var sw = Stopwatch.StartNew();
                var cpu = ProcessCpu();
                var counts = Parallel(paths, threads);
                return (Seconds: sw.Elapsed.TotalSeconds, Cpu: ProcessCpu() - cpu, counts.Quotes, counts.Claims);
            }, r => r.Seconds, 2.0);
            result.ParallelSeconds = par.Seconds;
            result.ParallelCpuSeconds = par.Cpu;
            result.ParallelSameOutput = par.Quotes == result.Quotes && par.Claims == result.Claims;

            // The speed-up in pairs. One pass on one thread and one on every core, each over the whole folder,
            // run tens of seconds apart, divide two shares of a machine that other work shares (a one-core pass
            // that got half a core against a parallel pass that got two cores reads as 4x): here each pair runs
            // the two passes back to back over the same first articles, the order alternating from pair to
            // pair, and the median of the pairs is the figure. The processor time of each pass is kept too:
            // the parallel pass's over the one-thread pass's is the parallel path's extra work, which the
            // machine's other load does not set.
            var pairFiles = FirstArticleFiles(folder, PairArticles);
            result.PairArticles = pairFiles.Length;
            var clock = Stopwatch.StartNew();
            var jitPairs = System.Runtime.JitInfo.GetCompilationTime();
            while (result.Pairs.Count < MinPairs || result.Pairs.Count < MaxPairs && clock.Elapsed.TotalSeconds < maxSeconds)
            {
                var pair = new PairFigure();
                void One()
                {
                    var (g0, g1, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalPauseDuration());
                    var sw = Stopwatch.StartNew();
                    var cpu = ProcessCpu();
                    Sequential(pairFiles, new StreamResult());
                    pair.OneSeconds = sw.Elapsed.TotalSeconds;
                    pair.OneCpu = ProcessCpu() - cpu;
                    (pair.OneGen0, pair.OneGen1, pair.OnePause) = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, (GC.GetTotalPauseDuration() - pause).TotalSeconds);
                }
                void All()
                {
                    var (g0, g1, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalPauseDuration());
                    var sw = Stopwatch.StartNew();
                    var cpu = ProcessCpu();
                    Parallel(pairFiles, threads);
                    pair.ParallelSeconds = sw.Elapsed.TotalSeconds;
                    pair.ParallelCpu = ProcessCpu() - cpu;
                    (pair.ParallelGen0, pair.ParallelGen1, pair.ParallelPause) = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, (GC.GetTotalPauseDuration() - pause).TotalSeconds);
                }
                if (result.Pairs.Count % 2 == 0) { One(); All(); }
                else { All(); One(); }
                result.Pairs.Add(pair);
            }

            result.JitSecondsPairs = (System.Runtime.JitInfo.GetCompilationTime() - jitPairs).TotalSeconds;
            result.PeakWorkingSet = PeakWorkingSet();
            return result;
        }

        /// <summary>The articles of each pair (the folder's first ones), and how many pairs: at least 3, up to 7 while the warm-up's time allows.</summary>
        private const int PairArticles = 1000;
        private const int MinPairs = 3;
        private const int MaxPairs = 7;

        private static void FloorOf(string folder, StreamResult result)
        {
            var floors = new[] { Floor(folder), Floor(folder), Floor(folder) };
            result.Articles = floors[0].Files;
            result.Bytes = floors[0].Bytes;
            result.FloorSeconds = floors.Min(f => f.Seconds);
            result.FloorCpuSeconds = floors.Min(f => f.CpuSeconds);
        }

        private static long PeakWorkingSet()
        {
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return process.PeakWorkingSet64;
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
            var read = new Stage();
            var quote = new Stage();
            var claim = new Stage();
            var total = Stopwatch.StartNew();
            var cpuStart = ThreadCpu.Now();
            var processStart = ProcessCpu();
            var gcStart = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            var pauseStart = GC.GetTotalPauseDuration();
            long allocStart = GC.GetAllocatedBytesForCurrentThread();
            using (var e = reader.Read(paths).GetEnumerator())
            {
                while (true)
                {
                    read.Start();
                    bool more = e.MoveNext();
                    read.Stop();
                    if (!more) break;
                    var doc = e.Current.Document;
                    if (doc == null) { r.Problems++; continue; }
                    if (parties == null)
                    {
                        var m = reader.Manifests.FirstOrDefault() ?? CorpusManifest.Empty;
                        parties = m.Parties;
                        questions = m.Questions;
                    }
                    quote.Start();
                    var quotes = QuoteFinder.Find(doc, parties);
                    quote.Stop();
                    claim.Start();
                    var claims = ClaimFinder.Find(doc, parties, questions);
                    claim.Stop();
                    r.Quotes += quotes.Count;
                    r.Claims += claims.Count;
                    foreach (var c in claims) if (c.Question != null) r.ClaimsOnQuestions++;
                }
            }
            r.Pipeline.Seconds = total.Elapsed.TotalSeconds;
            r.Pipeline.CpuSeconds = ThreadCpu.Now() - cpuStart;
            r.ProcessCpuSeconds = ProcessCpu() - processStart;
            r.Pipeline.AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocStart;
            r.Collections = new[] { GC.CollectionCount(0) - gcStart[0], GC.CollectionCount(1) - gcStart[1], GC.CollectionCount(2) - gcStart[2] };
            r.GcPauseSeconds = (GC.GetTotalPauseDuration() - pauseStart).TotalSeconds;
            r.Read = read.Figure(r.Pipeline);
            r.QuoteStage = quote.Figure(r.Pipeline);
            r.ClaimStage = claim.Figure(r.Pipeline);
            r.Parties = parties?.Count ?? 0;
            r.Questions = questions?.Count ?? 0;
        }

        /// <summary>
        /// Wall time and allocations of one stage, summed over its runs. Its CPU time is its share of
        /// the pass's thread CPU time (the thread CPU clock is a system call: read per document it
        /// would cost more than some stages).
        /// </summary>
        private sealed class Stage
        {
            private long _wall, _alloc, _wallAt, _allocAt;

            public void Start()
            {
                _wallAt = Stopwatch.GetTimestamp();
                _allocAt = GC.GetAllocatedBytesForCurrentThread();
            }

            public void Stop()
            {
                _wall += Stopwatch.GetTimestamp() - _wallAt;
                _alloc += GC.GetAllocatedBytesForCurrentThread() - _allocAt;
            }

            public StageFigure Figure(StageFigure pass)
            {
                double wall = _wall / (double)Stopwatch.Frequency;
                return new StageFigure { Seconds = wall, CpuSeconds = wall * pass.CpuSeconds / pass.Seconds, AllocatedBytes = _alloc };
            }
        }

        /// <summary>
        /// The same pipeline on every core: each worker reads a document and finds its quotes and claims
        /// (CorpusReader.Read with a find), results taken in input order on this thread.
        /// </summary>
        private static (int Quotes, int Claims) Parallel(IEnumerable<string> paths, int threads)
        {
            var reader = NewReader(threads);
            int quotes = 0, claims = 0;
            var results = reader.Read(paths, (doc, manifest) =>
                (Quotes: QuoteFinder.Find(doc, manifest.Parties).Count, Claims: ClaimFinder.Find(doc, manifest.Parties, manifest.Questions).Count));
            foreach (var (_, found) in results)
            {
                quotes += found.Quotes;
                claims += found.Claims;
            }
            return (quotes, claims);
        }

        /// <summary>A reader that reads and cleans on every core where the engine can (see ReaderOptions).</summary>
        private static CorpusReader NewReader(int threads) => ReaderOptions.Parallel(threads);

        public static CorpusResult Corpus(string folder, string[] warmFiles, double maxSeconds)
        {
            var result = new CorpusResult();
            var (passes, steady) = WarmUp(() =>
            {
                var warm = IncidentCorpus.Load(warmFiles);
                _ = warm.GetQuotes(true);
                _ = warm.Claims;
                if (warm.Parties.Count >= 2) _ = warm.CompareAccounts();
            }, maxSeconds);
            result.WarmupPasses = passes;
            result.WarmupSteady = steady;

            var sw = Stopwatch.StartNew();
            long a = GC.GetAllocatedBytesForCurrentThread();
            double cpu = ThreadCpu.Now();
            var corpus = IncidentCorpus.Load(folder);
            result.Load = Figure(sw, ref a, ref cpu);
            result.Articles = corpus.Documents.Count;
            _ = corpus.GetQuotes(includeUnattributed: true);
            result.QuoteStage = Figure(sw, ref a, ref cpu);
            result.Claims = corpus.Claims.Count;
            result.ClaimStage = Figure(sw, ref a, ref cpu);
            if (corpus.Parties.Count >= 2) result.Rows = corpus.CompareAccounts().Count;
            result.Comparison = Figure(sw, ref a, ref cpu);
            GC.KeepAlive(corpus);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            result.PeakWorkingSet = process.PeakWorkingSet64;
            return result;
        }

        private static double ProcessCpu()
        {
            using var p = Process.GetCurrentProcess();
            return p.TotalProcessorTime.TotalSeconds;
        }

        private static StageFigure Figure(Stopwatch sw, ref long allocated, ref double cpu)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            var cpuNow = ThreadCpu.Now();
            var f = new StageFigure { Seconds = sw.Elapsed.TotalSeconds, CpuSeconds = cpuNow - cpu, AllocatedBytes = now - allocated };
            allocated = now;
            cpu = cpuNow;
            sw.Restart();
            return f;
        }
    }
}
