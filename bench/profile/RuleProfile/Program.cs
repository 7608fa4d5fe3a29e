using System.Diagnostics;
using IncidentTools;
using IncidentTools.Attribution;
// args: FOLDER PASSES [ROWS]: thread CPU time and bytes allocated by stage and by rule, the mean of the passes after the first;
// the rules listed twice, by time and by allocation, ROWS of each
var folder = args[0]; int passes = int.Parse(args[1]); int rows = int.Parse(args.Length > 2 ? args[2] : "25");
long read = 0, quotes = 0, claims = 0; int docs = 0, claimCount = 0, onQuestions = 0, partyCount = 0, questionCount = 0;
long readB = 0, quotesB = 0, claimsB = 0;
long[]? r0 = null, rb0 = null; long res0 = 0, an0 = 0, resB0 = 0, anB0 = 0;
for (int p = 0; p < passes; p++)
{
    if (p == 1)
    {
        read = quotes = claims = readB = quotesB = claimsB = 0; docs = claimCount = onQuestions = 0;
        r0 = (long[])AttributionPipeline.RuleTicks!.Clone(); rb0 = (long[])AttributionPipeline.RuleBytes!.Clone();
        res0 = AttributionPipeline.ResolutionTicks; an0 = AttributionPipeline.AnalysisTicks;
        resB0 = AttributionPipeline.ResolutionBytes; anB0 = AttributionPipeline.AnalysisBytes;
    }
    var reader = new CorpusReader(); IReadOnlyList<PartyDefinition>? parties = null; IReadOnlyList<QuestionDefinition>? questions = null;
    using var e = reader.Read(new[] { folder }).GetEnumerator();
    while (true)
    {
        long t0 = AttributionPipeline.CpuNs(), b0 = AttributionPipeline.Bytes(); bool more = e.MoveNext();
        long t1 = AttributionPipeline.CpuNs(), b1 = AttributionPipeline.Bytes(); read += t1 - t0; readB += b1 - b0;
        if (!more) break;
        if (e.Current.Problem is { } problem) Console.Error.WriteLine($"problem: {problem.Message}");
        var doc = e.Current.Document; if (doc == null) continue; docs++;
        if (parties == null) { var mf = reader.Manifests.FirstOrDefault(); parties = mf?.Parties ?? new List<PartyDefinition>(); questions = mf?.Questions ?? new List<QuestionDefinition>(); partyCount = parties.Count; questionCount = questions.Count; }
        if (docs == 1 && p == 0 && File.Exists(Path.Combine(folder, "corpus.yaml")) && parties.Count == 0)
        {   // the claims stage without the manifest's parties and questions is not the stage a user runs: no profile
            Console.Error.WriteLine($"{folder}/corpus.yaml was not read as a manifest (see the problem above): no profile");
            Environment.Exit(1);
        }
        QuoteFinder.Find(doc, parties); long t2 = AttributionPipeline.CpuNs(), b2 = AttributionPipeline.Bytes(); quotes += t2 - t1; quotesB += b2 - b1;
        var found = ClaimFinder.Find(doc, parties, questions); claimCount += found.Count; onQuestions += found.Count(c => c.Question != null); claims += AttributionPipeline.CpuNs() - t2; claimsB += AttributionPipeline.Bytes() - b2;
    }
}
var rt = AttributionPipeline.RuleTicks!.Select((v, i) => v - r0![i]).ToArray();
var rb = AttributionPipeline.RuleBytes!.Select((v, i) => v - rb0![i]).ToArray();
double f = 1e-6 / (passes - 1), kb = 1.0 / 1024 / Math.Max(1, docs); // (docs counts every article of every pass after the first)
long res = AttributionPipeline.ResolutionTicks - res0, an = AttributionPipeline.AnalysisTicks - an0;
long resB = AttributionPipeline.ResolutionBytes - resB0, anB = AttributionPipeline.AnalysisBytes - anB0;
double total = (read + quotes + claims) * f, totalB = (readB + quotesB + claimsB) * kb;
Console.WriteLine($"{folder}: {docs / (passes - 1)} docs, {partyCount} parties and {questionCount} questions, {claimCount / (passes - 1)} claims a pass ({onQuestions / (passes - 1)} on a question); ms a pass and KB allocated an article (mean of {passes - 1} after the first), shares of the whole pipeline");
void Row(string n, double ms, double k) => Console.WriteLine($"{n,-32} {ms,8:F1} ms {ms / total * 100,6:F1}%  {k,8:F2} KB {k / totalB * 100,6:F1}%");
Row("read+clean", read * f, readB * kb); Row("quotes stage", quotes * f, quotesB * kb); Row("  analysis (tokens, sentences)", an * f, anB * kb);
Row("  rules (all)", rt.Sum() * f, rb.Sum() * kb); Row("  speaker resolution", res * f, resB * kb);
Row("  quotes: rest (records)", (quotes - an - rt.Sum() - res) * f, (quotesB - anB - rb.Sum() - resB) * kb); Row("claims stage", claims * f, claimsB * kb); Row("total", total, totalB);
string Name(int i) => AttributionPipeline.Rules[i].GetType().Name + (AttributionPipeline.Rules.Take(i).Any(r => r.GetType() == AttributionPipeline.Rules[i].GetType()) ? "#2" : "");
Console.WriteLine("-- rules by time");
foreach (var i in Enumerable.Range(0, rt.Length).OrderByDescending(i => rt[i]).Take(rows)) Row(Name(i), rt[i] * f, rb[i] * kb);
Console.WriteLine("-- rules by allocation");
foreach (var i in Enumerable.Range(0, rt.Length).OrderByDescending(i => rb[i]).Take(rows)) Row(Name(i), rt[i] * f, rb[i] * kb);
