using System.Diagnostics;
using IncidentTools;
using IncidentTools.Attribution;
var folder = args[0]; int passes = int.Parse(args[1]);
long read = 0, quotes = 0, claims = 0; int docs = 0;
long[]? r0 = null; long res0 = 0, an0 = 0;
for (int p = 0; p < passes; p++)
{
    if (p == 1) { read = quotes = claims = 0; r0 = (long[])AttributionPipeline.RuleTicks!.Clone(); res0 = AttributionPipeline.ResolutionTicks; an0 = AttributionPipeline.AnalysisTicks; docs = 0; }
    var reader = new CorpusReader(); IReadOnlyList<PartyDefinition>? parties = null; IReadOnlyList<QuestionDefinition>? questions = null;
    using var e = reader.Read(new[] { folder }).GetEnumerator();
    while (true)
    {
        long t0 = AttributionPipeline.CpuNs(); bool more = e.MoveNext(); long t1 = AttributionPipeline.CpuNs(); read += t1 - t0;
        if (!more) break;
        var doc = e.Current.Document; if (doc == null) continue; docs++;
        if (parties == null) { var mf = reader.Manifests.FirstOrDefault(); parties = mf?.Parties ?? new List<PartyDefinition>(); questions = mf?.Questions ?? new List<QuestionDefinition>(); }
        QuoteFinder.Find(doc, parties); long t2 = AttributionPipeline.CpuNs(); quotes += t2 - t1;
        ClaimFinder.Find(doc, parties, questions).Count(); claims += AttributionPipeline.CpuNs() - t2;
    }
}
var rt = AttributionPipeline.RuleTicks!.Select((v, i) => v - r0![i]).ToArray();
double f = 1e-6 / (passes - 1);
long res = AttributionPipeline.ResolutionTicks - res0, an = AttributionPipeline.AnalysisTicks - an0;
double total = (read + quotes + claims) * f;
Console.WriteLine($"{folder}: {docs / (passes - 1)} docs, ms a pass (mean of {passes - 1} after the first), share of the whole pipeline");
void Row(string n, double ms) => Console.WriteLine($"{n,-28} {ms,8:F1} ms {ms / total * 100,6:F1}%");
Row("read+clean", read * f); Row("quotes stage", quotes * f); Row("  analysis (tokens, sentences)", an * f); Row("  rules (all)", rt.Sum() * f); Row("  speaker resolution", res * f);
Row("  quotes: rest (records)", quotes * f - (an + rt.Sum() + res) * f); Row("claims stage", claims * f); Row("total", total);
Console.WriteLine("-- rules");
foreach (var (v, i) in rt.Select((v, i) => (v, i)).OrderByDescending(x => x.v).Take(int.Parse(args.Length > 2 ? args[2] : "25")))
    Row(AttributionPipeline.Rules[i].GetType().Name + (AttributionPipeline.Rules.Take(i).Any(r => r.GetType() == AttributionPipeline.Rules[i].GetType()) ? "#2" : ""), v * f);
