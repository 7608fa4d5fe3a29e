using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using static IncidentTools.Tests.GoldYaml;

namespace IncidentTools.Tests
{
    /// <summary>The quote stage measured against the hand-annotated gold file of the seed corpus.</summary>
    public class QuoteGoldTests
    {
        private readonly ITestOutputHelper _out;

        public QuoteGoldTests(ITestOutputHelper output) => _out = output;

        private static readonly Lazy<IncidentCorpus> Corpus = new Lazy<IncidentCorpus>(() => IncidentCorpus.Load(TestPaths.Seeds));

        private sealed class GoldQuote
        {
            public string File = "";
            public string Text = "";
            public List<string> Speakers = new List<string>();
            public string? Party;
            public string? Kind;
            public bool Optional;
        }

        private sealed class GoldDocument
        {
            public string File = "";
            public List<GoldQuote> Quotes = new List<GoldQuote>();
            public List<string> NotQuotes = new List<string>();
        }

        private static List<GoldDocument> LoadGold()
        {
            var root = Root("seed-quotes.yaml");
            var result = new List<GoldDocument>();
            foreach (YamlMappingNode doc in (YamlSequenceNode)root.Children[new YamlScalarNode("documents")])
            {
                var gd = new GoldDocument { File = Scalar(doc, "file")! };
                if (doc.Children.TryGetValue(new YamlScalarNode("quotes"), out var qs) && qs is YamlSequenceNode seq)
                {
                    foreach (YamlMappingNode q in seq)
                    {
                        var g = new GoldQuote
                        {
                            File = gd.File,
                            Text = Scalar(q, "text")!,
                            Party = Scalar(q, "party") is { } p && p != "null" && p.Length > 0 ? p : null,
                            Kind = Scalar(q, "kind"),
                            Optional = Scalar(q, "optional") == "true",
                        };
                        if (q.Children.TryGetValue(new YamlScalarNode("speaker"), out var sp) && sp is YamlSequenceNode ss)
                            g.Speakers.AddRange(ss.Children.Select(c => ((YamlScalarNode)c).Value!));
                        gd.Quotes.Add(g);
                    }
                }
                if (doc.Children.TryGetValue(new YamlScalarNode("not_quotes"), out var nq) && nq is YamlSequenceNode ns)
                    gd.NotQuotes.AddRange(ns.Children.Select(c => ((YamlScalarNode)c).Value!));
                result.Add(gd);
            }
            return result;
        }

        /// <summary>Quotes and apostrophes made straight, ellipses and whitespace normalised, trailing punctuation dropped.</summary>
        internal static string Normalize(string text)
        {
            var sb = new StringBuilder();
            foreach (char c in text)
            {
                switch (c)
                {
                    case '‘': case '’': case '‛': sb.Append('\''); break;
                    case '“': case '”': case '„': sb.Append('"'); break;
                    case '…': sb.Append("..."); break;
                    case '–': case '—': sb.Append('-'); break;
                    default: sb.Append(char.IsWhiteSpace(c) ? ' ' : c); break;
                }
            }
            var s = string.Join(" ", sb.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            return s.Trim().TrimEnd(',', '.', ';', ':', '!', '?', '"', '\'', ' ').TrimStart('"', '\'').ToLowerInvariant();
        }

        private static bool TextMatches(IncidentQuote q, GoldQuote g)
        {
            var a = Normalize(q.Text);
            var b = Normalize(g.Text);
            if (a == b) return true;
            // an interrupted span returned joined: the gold part is inside the returned quote
            return b.Length >= 20 && a.Contains(b);
        }

        private static bool SpeakerMatches(IncidentQuote q, GoldQuote g) =>
            q.Speaker != null && (g.Speakers.Count == 0 || g.Speakers.Any(s => q.Speaker.IndexOf(s, StringComparison.OrdinalIgnoreCase) >= 0));

        private IReadOnlyList<IncidentQuote> QuotesOf(string file) =>
            Corpus.Value.GetQuotes(includeUnattributed: true).Where(q => Path.GetFileName(q.Path) == file).ToList();

        [Fact]
        public void SeedQuotesMatchGold()
        {
            var gold = LoadGold();
            int required = 0, found = 0, speakerOk = 0, partyOk = 0, returned = 0, matched = 0;
            var failures = new List<string>();
            foreach (var gd in gold)
            {
                var quotes = QuotesOf(gd.File);
                var attributed = quotes.Where(q => q.Speaker != null).ToList();
                foreach (var g in gd.Quotes.Where(g => !g.Optional))
                {
                    required++;
                    var hits = attributed.Where(q => TextMatches(q, g)).ToList();
                    if (hits.Count == 0)
                    {
                        failures.Add($"{gd.File}: not found: “{g.Text}”");
                        continue;
                    }
                    found++;
                    var best = hits.FirstOrDefault(q => SpeakerMatches(q, g) && q.Party == g.Party) ?? hits.FirstOrDefault(q => SpeakerMatches(q, g)) ?? hits[0];
                    if (SpeakerMatches(best, g)) speakerOk++;
                    else failures.Add($"{gd.File}: “{g.Text}”: speaker {best.Speaker}, expected one of {string.Join(" | ", g.Speakers)}");
                    if (best.Party == g.Party) partyOk++;
                    else failures.Add($"{gd.File}: “{g.Text}”: party {best.Party ?? "(none)"}, expected {g.Party}");
                }
                foreach (var q in attributed)
                {
                    returned++;
                    if (gd.Quotes.Any(g => TextMatches(q, g))) matched++;
                    else _out.WriteLine($"  extra: {gd.File} L{q.Line} “{q.Text}” — {q.Speaker}");
                }
                foreach (var nq in gd.NotQuotes)
                    if (attributed.Any(q => Normalize(q.Text) == Normalize(nq)))
                        failures.Add($"{gd.File}: not a quote, but attributed: “{nq}”");
            }

            double recall = required == 0 ? 1 : (double)found / required;
            double precision = returned == 0 ? 1 : (double)matched / returned;
            double speakerAccuracy = found == 0 ? 1 : (double)speakerOk / found;
            double partyAccuracy = found == 0 ? 1 : (double)partyOk / found;
            _out.WriteLine($"recall {recall:P1} ({found}/{required}), precision {precision:P1} ({matched}/{returned}), " +
                           $"speaker accuracy {speakerAccuracy:P1} ({speakerOk}/{found}), party accuracy {partyAccuracy:P1} ({partyOk}/{found})");
            foreach (var f in failures) _out.WriteLine("  " + f);

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            Assert.True(precision >= 0.95, $"precision {precision:P1} is below 95%");
        }

        [Fact]
        public void EveryQuoteOffsetGivesBackItsText()
        {
            var all = Corpus.Value.GetQuotes(includeUnattributed: true);
            Assert.NotEmpty(all);
            var files = new Dictionary<string, string>();
            foreach (var q in all)
            {
                if (!files.TryGetValue(q.Path, out var text)) files[q.Path] = text = File.ReadAllText(q.Path);
                Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
                Assert.Equal(q.Length, q.Text.Length);
                Assert.True(q.Line >= 1);
                // the quote starts on its line
                int line = 1 + text.Take(q.Start).Count(c => c == '\n');
                Assert.Equal(line, q.Line);
                if (q.SpeakerMention != null)
                {
                    Assert.NotNull(q.SpeakerStart);
                    Assert.Equal(q.SpeakerMention, text.Substring(q.SpeakerStart!.Value, q.SpeakerLength!.Value));
                }
            }
        }

        [Fact]
        public void NoQuoteIsFoundInRemovedCruft()
        {
            foreach (var d in Corpus.Value.Documents)
            {
                foreach (var q in QuoteFinder.Find(d, Corpus.Value.Parties))
                    Assert.DoesNotContain(d.RemovedCruft, c => c.Contains(q.Text) && !d.Paragraphs.Any(p => p.Text.Contains(q.Text)) && d.Title?.Contains(q.Text) != true && !d.Highlights.Any(h => h.Contains(q.Text)));
            }
        }

        [Fact]
        public void AttributedQuotesAreInTheCorpusProperty()
        {
            // attributed: a speaker resolved, or a source written that names no one the document resolves ("it cited …"), as
            // Get-IncidentQuote gives them; the quotations with neither are only in GetQuotes(true)
            var attributed = Corpus.Value.Quotes;
            Assert.All(attributed, q => Assert.True(q.Speaker != null || q.SpeakerMention != null));
            var all = Corpus.Value.GetQuotes(true);
            Assert.Equal(all.Count(q => q.Speaker != null || q.SpeakerMention != null), attributed.Count);
            Assert.Contains(attributed, q => q.Speaker == null && q.SpeakerMention != null);
        }
    }
}
