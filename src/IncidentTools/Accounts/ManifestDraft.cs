using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using IncidentTools.Attribution;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// Drafts a corpus.yaml from a corpus read without a manifest, for the analyst to edit: the parties
    /// the claims are given to (the country table), each with the people and organisations quoted for
    /// it; and candidate questions where the two most quoted parties make claims on the same key terms,
    /// with the sentences that suggested them as comments. The draft names the two sides first (the
    /// parties Compare-IncidentAccount compares by default) and parses with Test-IncidentManifest.
    /// </summary>
    internal static class ManifestDraft
    {
        /// <summary>People and organisations listed for one party at most.</summary>
        public const int MaxNames = 15;

        /// <summary>Parties listed at most (the two sides, then the others quoted).</summary>
        public const int MaxParties = 6;

        /// <summary>A drafted corpus.yaml and what it holds.</summary>
        internal sealed class Draft
        {
            public Draft(string yaml, IReadOnlyList<string> parties, int questions)
            {
                Yaml = yaml;
                Parties = parties;
                Questions = questions;
            }

            public string Yaml { get; }
            public IReadOnlyList<string> Parties { get; }
            public int Questions { get; }
        }

        /// <param name="corpus">The corpus, read without a manifest (its documents only).</param>
        /// <param name="name">The incident's name as the draft gives it.</param>
        /// <param name="maxQuestions">Candidate questions at most.</param>
        public static Draft Write(IncidentCorpus corpus, string name, int maxQuestions)
        {
            var found = FoundParties.Of(corpus.Claims).Take(MaxParties).ToArray();
            var speakers = Speakers(corpus.Documents);
            var y = new StringBuilder();
            y.Append("# A draft corpus.yaml that New-IncidentManifest wrote from ").Append(corpus.Documents.Count.ToString(CultureInfo.InvariantCulture))
             .Append(corpus.Documents.Count == 1 ? " article" : " articles").Append(".\n");
            y.Append("# Edit it before you rely on it: check each party's people and organisations, and turn the\n");
            y.Append("# candidate questions into the questions the sides answer differently (positions with their\n");
            y.Append("# cues; see Get-Help about_IncidentTools). Test it with Test-IncidentManifest.\n\n");

            y.Append("incident:\n");
            y.Append("  name: ").Append(Quote(name)).Append('\n');
            var dates = corpus.Documents.Select(d => d.Published).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!.Length >= 10 ? p.Substring(0, 10) : p).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            if (dates.Length > 0) y.Append("  date: ").Append(dates[0]).Append("   # the earliest article's date; the incident's own may be earlier\n");
            y.Append('\n');

            if (found.Length == 0)
            {
                y.Append("# No party was found: no claim's speaker is described with a nationality, country or capital.\n");
                y.Append("parties: []\n");
                return new Draft(y.ToString(), Array.Empty<string>(), 0);
            }
            y.Append(found.Length >= 2
                ? $"# The two sides Compare-IncidentAccount compares by default: {found[0].Party.Name} ({found[0].Claims} claims) and {found[1].Party.Name} ({found[1].Claims} claims).\n"
                : $"# Only one side was found: {found[0].Party.Name} ({found[0].Claims} claims). Add the other before comparing accounts.\n");
            if (found.Length > 2) y.Append("# The parties after them were quoted less; remove those that are no side of the incident.\n");
            y.Append("parties:\n");
            foreach (var (party, claims) in found)
            {
                y.Append("  - name: ").Append(Quote(party.Name)).Append('\n');
                y.Append("    description: ").Append(Quote($"Found in {claims} claims (speakers described as of {party.Name}); describe the side.")).Append('\n');
                y.Append("    aliases: [").Append(string.Join(", ", party.Aliases.Select(Quote))).Append("]\n");
                WriteNames(y, "organisations", speakers, party.Name, EntityKind.Organisation, party);
                WriteNames(y, "people", speakers, party.Name, EntityKind.Person, party);
            }
            y.Append('\n');

            int written = 0;
            if (found.Length >= 2)
            {
                var a = found[0].Party;
                var b = found[1].Party;
                var index = new PartyIndex(found.Select(f => f.Party));
                var rows = AccountComparer.ByRelatedClaims(corpus.Claims, index, a, b, null)
                    .Select((row, i) => (Row: row, Terms: row.QuestionText?.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>(), Order: i))
                    .Where(r => r.Terms.Length > 0 && r.Row.ReferenceEvidence.Count > 0 && r.Row.DifferenceEvidence.Count > 0)
                    .OrderByDescending(r => r.Row.Relation == AccountRelation.Contradict)
                    .ThenByDescending(r => r.Terms.Length)
                    .ThenBy(r => r.Order)
                    .Take(Math.Max(0, maxQuestions))
                    .ToArray();
                if (rows.Length == 0)
                {
                    y.Append(maxQuestions <= 0
                        ? "# No candidate questions were asked for.\n"
                        : $"# No candidate question: no claim of {a.Name} shares two key terms with a claim of {b.Name}.\n");
                    y.Append("questions: []\n");
                }
                else
                {
                    y.Append($"# Candidate questions: claims of {a.Name} and {b.Name} on the same key terms. Each position\n");
                    y.Append("# holds, for now, the shared terms as cues of its side only; write what each side says instead\n");
                    y.Append("# (a cue for each position, whoever says it), or delete the question.\n");
                    y.Append("questions:\n");
                    var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (row, terms, _) in rows)
                    {
                        var id = UniqueId(ids, terms);
                        var ra = row.ReferenceEvidence[0];
                        var rb = row.DifferenceEvidence[0];
                        y.Append("  # Both sides speak of: ").Append(string.Join(", ", terms))
                         .Append(row.Relation == AccountRelation.Contradict ? " (one side negates what the other says)" : "").Append('\n');
                        Suggested(y, a.Name, ra);
                        Suggested(y, b.Name, rb);
                        y.Append("  - id: ").Append(id).Append('\n');
                        y.Append("    text: ").Append(Quote("What do the sides say about " + string.Join(", ", terms) + "?")).Append('\n');
                        y.Append("    positions:\n");
                        foreach (var side in new[] { a, b })
                        {
                            y.Append("      - label: ").Append(Quote("As " + side.Name + " tells it")).Append('\n');
                            y.Append("        cues:\n");
                            foreach (var t in terms)
                                y.Append("          - {text: ").Append(Quote(t)).Append(", party: ").Append(Quote(side.Name)).Append("}\n");
                        }
                        written++;
                    }
                }
            }
            return new Draft(y.ToString(), found.Select(f => f.Party.Name).ToArray(), written);
        }

        /// <summary>"#   Pakistan (03_briefing, line 7): the sentence" (on one line, shortened).</summary>
        private static void Suggested(StringBuilder y, string party, IncidentClaim claim)
        {
            var text = string.Join(" ", claim.Text.Split(new[] { ' ', '\t', '\r', '\n', '\u2028', '\u2029', '\u0085' }, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 240) text = text.Substring(0, 239) + "…";
            y.Append("  #   ").Append(party).Append(" (").Append(claim.DocumentId).Append(", line ").Append(claim.Line.ToString(CultureInfo.InvariantCulture))
             .Append(claim.Speaker != null ? ", " + OneLine(claim.Speaker) : "").Append("): ").Append(text).Append('\n');
        }

        private static string OneLine(string s) => string.Join(" ", s.Split(Separators.Whitespace, StringSplitOptions.RemoveEmptyEntries));

        private static string UniqueId(HashSet<string> ids, IReadOnlyList<string> terms)
        {
            var sb = new StringBuilder();
            foreach (var t in terms.Take(4))
            {
                if (sb.Length > 0) sb.Append('-');
                foreach (var ch in t.ToLowerInvariant())
                    if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') sb.Append(ch);
                    else if (ch == '-' && sb.Length > 0 && sb[sb.Length - 1] != '-') sb.Append('-');
            }
            var id = sb.ToString().Trim('-');
            if (id.Length == 0) id = "question";
            var unique = id;
            for (int n = 2; !ids.Add(unique); n++) unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            return unique;
        }

        private static void WriteNames(StringBuilder y, string key, Dictionary<(string Party, EntityKind Kind), Dictionary<string, int>> speakers, string party, EntityKind kind, PartyDefinition definition)
        {
            if (!speakers.TryGetValue((party, kind), out var names)) return;
            var list = names.Where(n => !definition.Aliases.Contains(n.Key, StringComparer.OrdinalIgnoreCase) && !string.Equals(n.Key, party, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(MaxNames).ToArray();
            if (list.Length == 0) return;
            y.Append("    ").Append(key).Append(":\n");
            foreach (var n in list)
                y.Append("      - ").Append(Quote(n.Key)).Append("   # ").Append(n.Value.ToString(CultureInfo.InvariantCulture)).Append(n.Value == 1 ? " attribution\n" : " attributions\n");
        }

        /// <summary>The named people (two words or more) and organisations that speak for each party, with how often.</summary>
        private static Dictionary<(string Party, EntityKind Kind), Dictionary<string, int>> Speakers(IEnumerable<IncidentDocument> documents)
        {
            var result = new Dictionary<(string, EntityKind), Dictionary<string, int>>();
            foreach (var d in documents)
            {
                var context = AttributionPipeline.Run(d, null);
                foreach (var a in context.Found)
                {
                    var e = a.Speaker;
                    if (e == null || e.Party == null || a.ContinuesFrom != null) continue;
                    if (e.Kind == EntityKind.Person && e.Display.IndexOf(' ') < 0) continue; // a surname alone: the full name is counted
                    if (e.Kind != EntityKind.Person && e.Kind != EntityKind.Organisation) continue;
                    if (e.Kind == EntityKind.Organisation && (e.Display.Length < 2 || char.IsLower(e.Display[0]))) continue; // "military": no name
                    var key = (e.Party, e.Kind);
                    if (!result.TryGetValue(key, out var names)) result[key] = names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    // "Pakistan's army" and "Pakistan army" are one organisation
                    var display = e.Kind == EntityKind.Organisation ? e.Display.Replace("'s ", " ").Replace("’s ", " ") : e.Display;
                    names[display] = names.TryGetValue(display, out var n) ? n + 1 : 1;
                }
            }
            return result;
        }

        /// <summary>A YAML double-quoted scalar.</summary>
        internal static string Quote(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (var ch in s)
            {
                switch (ch)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (char.IsControl(ch)) sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(ch);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }
    }
}
