// Throughput and memory benchmark of the engine (not part of the test run):
//   dotnet run -c Release --project bench/IncidentTools.Bench -- [folder] [--repeat N] [--hostile]
// Reads the folder (default: the seed corpus) N times over, extracts quotes and claims,
// and prints documents, characters and quotes per second and the peak working set.
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using IncidentTools;

var folder = args.FirstOrDefault(a => !a.StartsWith("--")) ?? FindSeeds();
if (args.Contains("--hostile"))
{
    // Pathological text for the scanners (runs of marks, initials, cue verbs): time must grow linearly.
    var hostile = Path.Combine(Path.GetTempPath(), "incidenttools-bench-hostile");
    Directory.CreateDirectory(hostile);
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
int repeat = 20;
var r = Array.IndexOf(args, "--repeat");
if (r >= 0 && r + 1 < args.Length) repeat = int.Parse(args[r + 1]);

// Warm up (JIT, regex construction).
var warm = IncidentCorpus.Load(folder);
_ = warm.GetQuotes(true);

long chars = 0; int docs = 0, quotes = 0, claims = 0;
var parse = TimeSpan.Zero; var quoteTime = TimeSpan.Zero; var claimTime = TimeSpan.Zero;
var proc = Process.GetCurrentProcess();
for (int i = 0; i < repeat; i++)
{
    var sw = Stopwatch.StartNew();
    var corpus = IncidentCorpus.Load(folder);
    parse += sw.Elapsed;
    docs += corpus.Documents.Count;
    chars += corpus.Documents.Sum(d => (long)d.Text.Length);
    sw.Restart();
    quotes += corpus.GetQuotes(includeUnattributed: true).Count;
    quoteTime += sw.Elapsed;
    sw.Restart();
    claims += corpus.Claims.Count;
    claimTime += sw.Elapsed;
}
proc.Refresh();
Console.WriteLine($"corpus: {folder} x{repeat}");
Console.WriteLine($"read+clean: {docs / parse.TotalSeconds,10:F0} documents/s  {chars / parse.TotalSeconds / 1e6,8:F2} M chars/s");
Console.WriteLine($"quotes:     {docs / quoteTime.TotalSeconds,10:F0} documents/s  ({quotes / repeat} quotes per pass)");
Console.WriteLine($"claims:     {docs / Math.Max(claimTime.TotalSeconds, 1e-9),10:F0} documents/s  ({claims / repeat} claims per pass)");
Console.WriteLine($"peak working set: {proc.PeakWorkingSet64 / (1024 * 1024)} MiB; managed heap now: {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");

static string FindSeeds()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "seeds"))) dir = dir.Parent;
    return dir == null ? "seeds" : Path.Combine(dir.FullName, "seeds");
}
