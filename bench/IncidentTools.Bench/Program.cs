// Throughput and memory benchmark of the engine (not part of the test run).
//
//   dotnet run -c Release --project bench/IncidentTools.Bench                # 1,000, 10,000 and 50,000 generated articles
//   dotnet run -c Release --project bench/IncidentTools.Bench -- --quick     # 1,000 and 10,000, under two minutes
//   dotnet run -c Release --project bench/IncidentTools.Bench -- path/to/folder   # a folder of your own
//   options: --sizes 1000,5000  --threads N  --keep (keep the generated corpora)  --no-first-result  --hostile
//
// Without a folder it generates distinct articles in a temp folder (ArticleGenerator: the seed
// articles and ../shared/devset/news-texts recombined with per-copy edits, read at run time,
// never copied into the repository) with the seeds' corpus.yaml minus its documents: section,
// so claims and the comparison have parties and questions. For each size, fresh child
// processes warm up until the code is optimised (tiered JIT), then measure through the public
// API: the floor (read and decode the same files), the streaming pipeline one document at a
// time (read+clean, quotes, claims, each timed on its own, and the whole), the same on every
// core, the peak working set, and the IncidentCorpus API (Load, Quotes, Claims,
// CompareAccounts). Per-core figures are the CPU time of the working thread (so a machine
// shared with other work does not make them look slower); the all-cores figure is wall time,
// the median of 3 to 7 pairs of passes (one thread, then every core, back to back over the
// same first 1,000 articles) so that both passes of a pair see the same load.
// The last line is machine-readable:
//   bench: pipeline <X> MB/s per core, <R>x floor, time/article <T>x and peak <M>x from <small> to <large>, <C>x on <N> cores, first result <F> ms
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using IncidentTools;
using IncidentTools.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string? Option(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
bool Flag(string name) => args.Contains(name);

int threads = int.TryParse(Option("--threads"), out var t) && t > 0 ? t : Environment.ProcessorCount;

// ---------------------------------------------------------------- child processes
if (Option("--child") is { } mode)
{
    var folder = Option("--folder")!;
    var warm = Measurements.FirstArticleFiles(folder, int.Parse(Option("--warm") ?? "300"));
    if (mode == "profile" || mode == "profile-read")
    {
        Measurements.Profile(folder, mode == "profile-read", double.Parse(Option("--seconds") ?? "20", CultureInfo.InvariantCulture));
        return 0;
    }
    double maxWarmUp = double.Parse(Option("--max-warm-up") ?? "20", CultureInfo.InvariantCulture);
    object result = mode == "stream" ? Measurements.Stream(folder, warm, threads, maxWarmUp) : Measurements.Corpus(folder, warm, maxWarmUp);
    Console.WriteLine("RESULT " + JsonSerializer.Serialize(result, result.GetType()));
    return 0;
}

var repo = FindRepoRoot();
if (Flag("--hostile")) Hostile();

// Only write a generated corpus (for profiling): --generate FOLDER --sizes N
if (Option("--generate") is { } target)
{
    var count = int.Parse(Option("--sizes") ?? "1000", CultureInfo.InvariantCulture);
    NewGenerator(repo, out _).WriteCorpus(target, count, SeedManifest(repo));
    Console.WriteLine($"generated {count} articles in {target}");
    return 0;
}

// ---------------------------------------------------------------- the corpora
var valueOptions = new[] { "--sizes", "--threads", "--child", "--folder", "--warm", "--seconds", "--generate", "--max-warm-up" };
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valueOptions.Contains(args[i - 1]))).ToArray();
bool quick = Flag("--quick");
string? work = null;
var corpora = new List<(int Size, string Folder)>();
try
{
    if (positional.Length > 0)
    {
        var folder = Path.GetFullPath(positional[0]);
        if (!Directory.Exists(folder)) { Console.Error.WriteLine($"bench: no folder '{folder}'"); return 2; }
        corpora.Add((Measurements.ArticleFiles(folder).Length, folder));
        Console.WriteLine($"corpus: {folder} ({corpora[0].Size} articles)");
    }
    else
    {
        var sizes = Option("--sizes")?.Split(',').Select(int.Parse).ToArray() ?? (quick ? new[] { 1000, 10000 } : new[] { 1000, 10000, 50000 });
        work = Path.Combine(Path.GetTempPath(), "incidenttools-bench-" + Environment.ProcessId);
        var generator = NewGenerator(repo, out var sources);
        var manifest = SeedManifest(repo);
        foreach (var size in sizes.Distinct().OrderBy(s => s))
        {
            var folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
            var sw = Stopwatch.StartNew();
            long bytes = generator.WriteCorpus(folder, size, manifest);
            Console.WriteLine($"generated {size:N0} articles ({bytes / 1e6:F1} MB) from {sources} in {sw.Elapsed.TotalSeconds:F1} s: {folder}");
            corpora.Add((size, folder));
        }
        Console.WriteLine("manifest: seeds/corpus.yaml without its documents: section");
    }
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(quick ? "quick" : "full")} run, {threads} threads for the parallel runs, load average {LoadAverage()}");
    Console.WriteLine();

    // ---------------------------------------------------------------- measure each size in fresh processes
    var rows = new List<(int Size, StreamResult S, CorpusResult? C)>();
    foreach (var (size, folder) in corpora)
    {
        var s = Child<StreamResult>("stream", folder);
        var c = Flag("--no-corpus") ? null : Child<CorpusResult>("corpus", folder);
        rows.Add((size, s, c));
        Report(size, s, c);
    }

    // ---------------------------------------------------------------- first result
    double? first = null;
    if (!Flag("--no-first-result"))
    {
        var (ms, note) = FirstResult.Measure(repo, quick ? 5 : 11);
        first = ms;
        Console.WriteLine(ms == null ? $"first result: not measured: {note}" : $"first result: {ms:F0} ms from after Import-Module to the first object of Get-IncidentQuote on the bundled corpus ({note})");
    }

    // ---------------------------------------------------------------- summary
    Console.WriteLine();
    string basis = ThreadCpu.IsCpuTime ? "CPU time of the working thread" : "wall time (no thread CPU clock here)";
    Console.WriteLine($"per core: from the {basis}; on all cores: wall time");
    Console.WriteLine("size        articles/s  MB/s/core  x floor  KB alloc/article  ms/article  peak MiB  on all cores   (peak: streaming, one document at a time; all cores: the median of the pairs)");
    foreach (var (size, s, _) in rows)
    {
        double mbps = s.Bytes / 1e6 / s.Pipeline.CpuSeconds;
        Console.WriteLine($"{size,-10:N0} {s.Articles / s.Pipeline.CpuSeconds,11:F0} {mbps,10:F2} {s.Pipeline.CpuSeconds / s.FloorCpuSeconds,8:F0} {s.Pipeline.AllocatedBytes / 1024.0 / s.Articles,17:F0} {s.Pipeline.CpuSeconds * 1000 / s.Articles,11:F3} {s.PeakWorkingSetOneCore / 1048576.0,9:F0} {(s.Pairs.Count > 0 ? s.PairSpeedup : s.Pipeline.Seconds / s.ParallelSeconds),8:F2}x");
    }
    Console.WriteLine($"load average at the end: {LoadAverage()}");
    var small = rows.First();
    var large = rows.Last();
    double x = large.S.Bytes / 1e6 / large.S.Pipeline.CpuSeconds;
    double r = large.S.Pipeline.CpuSeconds / large.S.FloorCpuSeconds;
    double timeRatio = (large.S.Pipeline.CpuSeconds / large.S.Articles) / (small.S.Pipeline.CpuSeconds / small.S.Articles);
    double peakRatio = large.S.PeakWorkingSetOneCore / (double)small.S.PeakWorkingSetOneCore;
    // the speed-up of the pairs (back to back, the median): one pass of each over the whole folder, tens of seconds apart, divides two shares of a shared machine
    double speedup = large.S.Pairs.Count > 0 ? large.S.PairSpeedup : large.S.Pipeline.Seconds / large.S.ParallelSeconds;
    Console.WriteLine($"bench: pipeline {x:F1} MB/s per core, {r:F0}x floor, time/article {timeRatio:F2}x and peak {peakRatio:F2}x from {small.Size} to {large.Size}, {speedup:F2}x on {threads} cores, first result {(first == null ? "n/a" : first.Value.ToString("F0", CultureInfo.InvariantCulture))} ms");
    return 0;
}
finally
{
    if (work != null && !Flag("--keep"))
    {
        try { Directory.Delete(work, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
    else if (work != null) Console.WriteLine($"kept the generated corpora in {work}");
}

// ---------------------------------------------------------------- helpers

T Child<T>(string mode, string folder)
{
    var self = Environment.ProcessPath!;
    var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        psi.ArgumentList.Add(typeof(Measurements).Assembly.Location);
    foreach (var a in new[] { "--child", mode, "--folder", folder, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--max-warm-up", quick ? "8" : "20" }) psi.ArgumentList.Add(a);
    using var p = Process.Start(psi)!;
    var output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
    if (p.ExitCode != 0 || line == null) throw new InvalidOperationException($"the {mode} child on {folder} failed (exit {p.ExitCode}): {output}");
    return JsonSerializer.Deserialize<T>(line.Substring(7))!;
}

static void Report(int size, StreamResult s, CorpusResult? c)
{
    double mb = s.Bytes / 1e6;
    Console.WriteLine($"{size:N0} articles, {mb:F1} MB: {s.Quotes:N0} quotes, {s.Claims:N0} claims ({s.ClaimsOnQuestions:N0} on a question), {s.Problems} warnings");
    Console.WriteLine($"  warm-up: {s.WarmupPasses} passes over the first 300 articles ({(s.WarmupSteady ? "steady: last three within 10%, the JIT done" : "NOT steady in the time allowed")}), then {s.ParallelWarmupPasses} parallel ({(s.ParallelWarmupSteady ? "steady" : "NOT steady")}); median of {s.Passes} timed passes; JIT compile time during the timed one-thread passes {s.JitSecondsOneCore * 1000:F0} ms, during the pairs {s.JitSecondsPairs * 1000:F0} ms");
    Console.WriteLine($"  floor (read and decode the files): {mb / s.FloorCpuSeconds:F1} MB/s per core ({mb / s.FloorSeconds:F1} MB/s wall)");
    Console.WriteLine("  one document at a time   articles/s  MB/s/core  ms/article  KB alloc/article  x floor   (per core: thread CPU time, a stage's share by its wall time; wall ms/article in brackets)");
    void Row(string name, StageFigure f) =>
        Console.WriteLine($"  {name,-24} {s.Articles / f.CpuSeconds,11:F0} {mb / f.CpuSeconds,10:F2} {f.CpuSeconds * 1000 / s.Articles,11:F3} {f.AllocatedBytes / 1024.0 / s.Articles,17:F1} {f.CpuSeconds / s.FloorCpuSeconds,8:F1}   [{f.Seconds * 1000 / s.Articles:F3}]");
    Row("read+clean", s.Read);
    Row("quotes", s.QuoteStage);
    if (!s.HasManifest || s.Parties == 0)
        Console.WriteLine($"  claims                   not measured: {(s.HasManifest ? "the corpus.yaml defines no parties" : "the folder has no corpus.yaml")}, so there are no parties or questions and no claims to find (it took {s.ClaimStage.Seconds * 1000:F0} ms to find none)");
    else
        Row("claims", s.ClaimStage);
    Row("pipeline (all three)", s.Pipeline);
    Console.WriteLine($"  garbage collections in the one-core pass: {s.Collections[0]} (gen0+), {s.Collections[1]} (gen1+), {s.Collections[2]} (gen2); pauses {s.GcPauseSeconds * 1000:F0} ms ({s.GcPauseSeconds / s.Pipeline.Seconds * 100:F1}% of the pass)");
    Console.WriteLine($"  one core: thread CPU / wall {s.Pipeline.CpuSeconds / s.Pipeline.Seconds:F2} (below 1: the machine was busy with other work), process CPU / wall {s.ProcessCpuSeconds / s.Pipeline.Seconds:F2}");
    Console.WriteLine($"  on {s.Threads} cores: {s.Articles / s.ParallelSeconds:F0} articles/s, {mb / s.ParallelSeconds:F2} MB/s, {s.Pipeline.Seconds / s.ParallelSeconds:F2}x the one-core wall time, process CPU / wall {s.ParallelCpuSeconds / s.ParallelSeconds:F2} ({(s.ParallelSameOutput ? "same quotes and claims" : "DIFFERENT OUTPUT")})");
    if (s.Pairs.Count > 0)
        Console.WriteLine($"  on {s.Threads} cores, in pairs (one thread, then every core, back to back over the first {s.PairArticles:N0} articles, {s.Pairs.Count} times): median {s.PairSpeedup:F2}x ({s.Pairs.Min(q => q.Speedup):F2}x to {s.Pairs.Max(q => q.Speedup):F2}x); the parallel pass took {s.PairCpuRatio:F2}x the processor time of one thread (so at most {s.Threads / s.PairCpuRatio:F2}x on {s.Threads} free cores) and got {s.PairCoresUsed:F2} cores; garbage collections one thread / parallel (the medians): {Med(s.Pairs.Select(q => (double)q.OneGen0)):F0} / {Med(s.Pairs.Select(q => (double)q.ParallelGen0)):F0} (gen0+), {Med(s.Pairs.Select(q => (double)q.OneGen1)):F0} / {Med(s.Pairs.Select(q => (double)q.ParallelGen1)):F0} (gen1+), pauses {Med(s.Pairs.Select(q => q.OnePause)) * 1000:F0} / {Med(s.Pairs.Select(q => q.ParallelPause)) * 1000:F0} ms");
    Console.WriteLine($"  peak working set of the streaming process: {s.PeakWorkingSetOneCore / 1048576.0:F0} MiB one document at a time, {s.PeakWorkingSet / 1048576.0:F0} MiB after the parallel passes");
    if (c != null)
    {
        Console.WriteLine($"  IncidentCorpus API (all documents in memory), thread CPU: Load {c.Load.CpuSeconds:F2} s, Quotes {c.QuoteStage.CpuSeconds:F2} s, Claims {c.ClaimStage.CpuSeconds:F2} s, CompareAccounts {c.Comparison.CpuSeconds * 1000:F1} ms ({c.Rows} rows over {c.Claims:N0} claims); {c.Articles / (c.Load.CpuSeconds + c.QuoteStage.CpuSeconds + c.ClaimStage.CpuSeconds + c.Comparison.CpuSeconds):F0} articles/s per core; peak {c.PeakWorkingSet / 1048576.0:F0} MiB");
    }
    Console.WriteLine();
}

// The generator: the seed articles (30% of templates and paragraphs) and the devset's news texts, read at run time.
static ArticleGenerator NewGenerator(string repo, out string sources)
{
    var seeds = Directory.GetFiles(Path.Combine(repo, "seeds"), "*.txt");
    var devsetFolder = Path.GetFullPath(Path.Combine(repo, "..", "shared", "devset", "news-texts"));
    var devset = Directory.Exists(devsetFolder) ? Directory.GetFiles(devsetFolder, "*.txt") : Array.Empty<string>();
    if (devset.Length == 0) Console.WriteLine($"note: {devsetFolder} not found; generating from the seed articles alone");
    sources = $"{seeds.Length} seed and {devset.Length} devset texts";
    return new ArticleGenerator(ArticleGenerator.ReadTexts(seeds), ArticleGenerator.ReadTexts(devset), 0.3, 20111126);
}

static string SeedManifest(string repo) =>
    ArticleGenerator.ManifestWithoutDocuments(File.ReadAllText(Path.Combine(repo, "seeds", "corpus.yaml")));

static double Med(IEnumerable<double> values)
{
    var v = values.OrderBy(x => x).ToArray();
    return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
}

static string LoadAverage()
{
    try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "n/a"; }
    catch (UnauthorizedAccessException) { return "n/a"; }
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IncidentTools.psd1"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
}

static void Hostile()
{
    // Pathological text for the scanners (runs of marks, initials, cue verbs): time must grow linearly.
    var hostile = Path.Combine(Path.GetTempPath(), "incidenttools-bench-hostile-" + Environment.ProcessId);
    Directory.CreateDirectory(hostile);
    try
    {
        foreach (var n in new[] { 1000, 2000, 4000 })
        {
            var sb = new System.Text.StringBuilder("Hostile text\n\n");
            for (int i = 0; i < n; i++) sb.Append("“A, b, c, he said, ' \" ’ ‘ , , , ");
            sb.Append('\n');
            for (int i = 0; i < n; i++) sb.Append("Mr. A. B. C. D. Official official officials said, ");
            var file = Path.Combine(hostile, $"hostile-{n}.txt");
            File.WriteAllText(file, sb.ToString());
            var sw = Stopwatch.StartNew();
            var hostileCorpus = IncidentCorpus.Load(file);
            var quotesFound = hostileCorpus.GetQuotes(true).Count;
            var claimsFound = hostileCorpus.Claims.Count;
            Console.WriteLine($"hostile x{n}: {sb.Length} chars, {quotesFound} quotes, {claimsFound} claims, {sw.ElapsedMilliseconds} ms");
        }
    }
    finally
    {
        Directory.Delete(hostile, true);
    }
}
