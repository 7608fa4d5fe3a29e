// The long run of the pipeline fuzzer:
//   dotnet run -c Release --project bench/IncidentTools.Fuzz -- --minutes 10 [--seed N] [--batch N] [--mutations N]
// Damages real articles at random (see ArticleMutator) and runs each batch through the whole public
// pipeline, checking the invariants of PipelineCheck. Prints a line per minute; on a broken invariant,
// saves the batch (its files and seed) under out/fuzz-failures/ and exits with code 1.
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using IncidentTools.Fuzz;

double minutes = 1;
int seed = 20111126, batch = 12, maxMutations = 8;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--minutes": minutes = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i]); break;
        case "--batch": batch = int.Parse(args[++i]); break;
        case "--mutations": maxMutations = int.Parse(args[++i]); break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; use --minutes N --seed N --batch N --mutations N");
            return 2;
    }
}

var root = FuzzRun.FindRepoRoot(AppContext.BaseDirectory);
var inputs = FuzzRun.FindInputs(root);
var articles = inputs.Select(File.ReadAllText).ToArray();
var manifest = File.ReadAllText(Path.Combine(root, "seeds", "corpus.yaml"));
var scratch = Path.Combine(Path.GetTempPath(), "incidenttools-fuzz-" + Environment.ProcessId);
Directory.CreateDirectory(scratch);
Console.WriteLine($"fuzzing for {minutes} min from seed {seed}: {articles.Length} articles, batches of {batch}, up to {maxMutations} mutations each");

var check = new PipelineCheck(TimeSpan.FromSeconds(5));
var total = Stopwatch.StartNew();
var nextReport = TimeSpan.FromMinutes(1);
int rounds = 0, failures = 0;
for (int round = seed; total.Elapsed < TimeSpan.FromMinutes(minutes); round++)
{
    int before = check.Violations.Count;
    var files = FuzzRun.Round(round, articles, manifest, batch, maxMutations, check, scratch);
    rounds++;
    if (check.Violations.Count > before)
    {
        failures++;
        var save = Path.Combine(root, "out", "fuzz-failures", "seed-" + round);
        Directory.CreateDirectory(save);
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(save, name), bytes);
        File.WriteAllLines(Path.Combine(save, "violations.txt"), check.Violations.Skip(before));
        Console.WriteLine($"seed {round}: {check.Violations.Count - before} broken invariants, saved in {save}");
        foreach (var v in check.Violations.Skip(before).Take(5)) Console.WriteLine("  " + v);
        if (failures >= 10) break;
    }
    if (total.Elapsed >= nextReport)
    {
        Console.WriteLine($"{total.Elapsed:mm\\:ss} {rounds} rounds, {check.Documents} documents, {check.Quotes} quotes, {check.Claims} claims, {check.Problems} problems reported, slowest stage {check.Slowest.TotalMilliseconds:N0} ms");
        nextReport += TimeSpan.FromMinutes(1);
    }
}
try { Directory.Delete(scratch, true); } catch (IOException) { }
Console.WriteLine($"done: {rounds} rounds ({rounds * batch} damaged articles), {check.Documents} documents, {check.Quotes} quotes, {check.Claims} claims, {check.Problems} problems reported, slowest stage {check.Slowest.TotalMilliseconds:N0} ms, {check.Violations.Count} broken invariants");
return check.Violations.Count == 0 ? 0 : 1;
