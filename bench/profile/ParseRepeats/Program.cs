using System.Runtime.CompilerServices;
using System.Text;
using IncidentTools;
using IncidentTools.Attribution;
using IncidentTools.Text;
var folder = args[0];
var fields = typeof(Mention).GetProperties().Where(p => p.GetIndexParameters().Length == 0).ToArray();
var ffields = typeof(Mention).GetFields();
string Sum(Mention? m)
{
    if (m == null) return "null";
    var sb = new StringBuilder();
    foreach (var p in fields) { object? v; try { v = p.GetValue(m); } catch { v = "!"; } sb.Append(v is System.Collections.IEnumerable e && v is not string ? string.Join(",", e.Cast<object>()) : v).Append('|'); }
    foreach (var f in ffields) sb.Append(f.GetValue(m)).Append('|');
    return sb.ToString();
}
long calls = 0, exact = 0, exactSame = 0, sameStart = 0, sameStartEndIndep = 0, nulls = 0, nullDiffEnd = 0;
var seen = new Dictionary<(int, int, int, int, bool), List<(int End, string S, int Next)>>();
MentionParser.TraceHook = (tk, i, end, inv, m) =>
{
    calls++;
    var key = (RuntimeHelpers.GetHashCode(tk), tk.Count, tk.Count > 0 ? tk[0].Start : -1, i, inv);
    var s = Sum(m); int next = m?.Next ?? -1;
    if (m == null) nulls++;
    if (seen.TryGetValue(key, out var list))
    {
        var same = list.FirstOrDefault(x => x.End == end);
        if (same.S != null) { exact++; if (same.S == s) exactSame++; }
        else
        {
            sameStart++;
            // an earlier parse at this start with another end whose mention stops before both ends and equals this one
            if (list.Any(x => x.S == s && m != null && x.Next < end && next < x.End)) sameStartEndIndep++;
            if (m == null && list.Any(x => x.S == "null")) nullDiffEnd++;
        }
        list.Add((end, s, next));
    }
    else seen[key] = new List<(int, string, int)> { (end, s, next) };
};
var reader = new CorpusReader(); IReadOnlyList<PartyDefinition>? parties = null; IReadOnlyList<QuestionDefinition>? questions = null; int docs = 0;
foreach (var r in reader.Read(new[] { folder }))
{
    var doc = r.Document; if (doc == null) continue;
    if (parties == null) { var mf = reader.Manifests.FirstOrDefault(); parties = mf?.Parties ?? new List<PartyDefinition>(); questions = mf?.Questions ?? new List<QuestionDefinition>(); }
    seen.Clear(); docs++;
    QuoteFinder.Find(doc, parties); ClaimFinder.Find(doc, parties, questions);
}
Console.WriteLine($"{folder}: {docs} docs, {calls} Parse calls ({nulls} null); exact range repeats {exact} (same answer {exactSame}); same start, another end {sameStart}: of them an equal mention stopping before both ends {sameStartEndIndep}, null again {nullDiffEnd}");
