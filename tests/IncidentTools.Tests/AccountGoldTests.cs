using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using static IncidentTools.Tests.GoldYaml;

namespace IncidentTools.Tests
{
    /// <summary>The seed corpus compared as ../shared/gold/seed-accounts.yaml says it must be.</summary>
    public class AccountGoldTests
    {
        private readonly ITestOutputHelper _out;

        public AccountGoldTests(ITestOutputHelper output) => _out = output;

        private static readonly Lazy<IncidentCorpus> Corpus = new Lazy<IncidentCorpus>(() => IncidentCorpus.Load(TestPaths.Seeds));

        private static YamlMappingNode GoldRoot => Root("seed-accounts.yaml");

        private static YamlMappingNode Question(string id) =>
            ((YamlSequenceNode)Child(GoldRoot, "questions")!).Children.Cast<YamlMappingNode>().Single(q => Scalar(q, "id") == id);

        public static IEnumerable<object[]> GoldQuestions() =>
            new[] { "first-fire", "deliberate", "findings", "coordination" }.Select(id => new object[] { id });

        /// <summary>The paragraph (body or highlight) a claim stands in.</summary>
        private static string ParagraphOf(IncidentClaim claim)
        {
            var doc = Corpus.Value.FindDocument(claim.DocumentId)!;
            var list = claim.Section == ParagraphSection.Highlight ? doc.HighlightParagraphs : claim.Section == ParagraphSection.Body ? doc.Paragraphs : (IReadOnlyList<DocumentParagraph>)new[] { doc.TitleParagraph! };
            return list.Single(p => p.Number == claim.Paragraph).Text;
        }

        private static bool Cites(IEnumerable<IncidentClaim> evidence, string file, string paragraph) =>
            evidence.Any(c => string.Equals(c.DocumentId, Path.GetFileNameWithoutExtension(file), StringComparison.OrdinalIgnoreCase)
                              && ParagraphOf(c).StartsWith(paragraph, StringComparison.Ordinal));

        [Theory]
        [MemberData(nameof(GoldQuestions))]
        public void QuestionMatchesGold(string id)
        {
            var gold = Question(id);
            var referenceParty = Scalar(GoldRoot, "reference_party")!;
            var differenceParty = Scalar(GoldRoot, "difference_party")!;
            var row = Corpus.Value.CompareAccounts(referenceParty, differenceParty, new[] { id }).Single();
            _out.WriteLine(row.ToString());
            foreach (var c in row.ReferenceEvidence) _out.WriteLine($"  R {c.Position} [{c.PositionCue}] {c}");
            foreach (var c in row.DifferenceEvidence) _out.WriteLine($"  D {c.Position} [{c.PositionCue}] {c}");

            var positions = (YamlMappingNode)Child(gold, "positions")!;
            var evidence = (YamlMappingNode)Child(gold, "evidence")!;
            int found = 0, listed = 0;
            var missingRequired = new List<string>();
            foreach (var (party, cited) in new[] { (referenceParty, row.ReferenceEvidence), (differenceParty, row.DifferenceEvidence) })
            {
                foreach (YamlMappingNode e in (YamlSequenceNode)Child(evidence, party)!)
                {
                    listed++;
                    bool ok = Cites(cited, Scalar(e, "file")!, Scalar(e, "paragraph")!);
                    if (ok) found++;
                    else if (Scalar(e, "required") == "true") missingRequired.Add(party + ": " + Scalar(e, "file") + " \"" + Scalar(e, "paragraph") + "\"");
                    _out.WriteLine($"  {(ok ? "found  " : "MISSING")} {(Scalar(e, "required") == "true" ? "required" : "        ")} {party}: {Scalar(e, "file")} {Scalar(e, "paragraph")}");
                }
            }
            _out.WriteLine($"  evidence found {found}/{listed}");

            if (Scalar(gold, "scored") == "false") return; // printed, not asserted
            Assert.Equal(Scalar(gold, "relation"), row.Relation.ToString());
            Assert.Equal(Scalar(positions, referenceParty), row.ReferencePosition);
            Assert.Equal(Scalar(positions, differenceParty), row.DifferencePosition);
            Assert.True(missingRequired.Count == 0, "Required evidence not cited: " + string.Join("; ", missingRequired));
        }

        [Fact]
        public void VersionsMatchGold()
        {
            var versions = (YamlMappingNode)Child(GoldRoot, "versions")!;
            var earlier = Corpus.Value.FindDocument(Path.GetFileNameWithoutExtension(Scalar(versions, "earlier")!))!;
            var later = Corpus.Value.FindDocument(Path.GetFileNameWithoutExtension(Scalar(versions, "later")!))!;
            var rows = Corpus.Value.CompareVersions(earlier, later);
            foreach (var r in rows) _out.WriteLine($"{r.SideIndicator} {r.Element,-12} {r.ReferenceParagraph,3} {r.DifferenceParagraph,3} {r.Similarity:0.00} {Short(r.DifferenceText ?? r.ReferenceText)}");

            var paragraphs = rows.Where(r => r.Element == VersionElement.Paragraph).ToArray();
            int shared = paragraphs.Count(r => r.Change == VersionChange.Same || r.Change == VersionChange.Edited);
            Assert.True(shared >= int.Parse(Scalar(versions, "shared_paragraphs_at_least")!), $"only {shared} shared paragraphs");
            foreach (YamlScalarNode p in (YamlSequenceNode)Child(versions, "only_in_later_include")!)
                Assert.Contains(paragraphs, r => r.SideIndicator == "=>" && r.DifferenceText!.StartsWith(p.Value!, StringComparison.Ordinal));
            foreach (YamlScalarNode p in (YamlSequenceNode)Child(versions, "only_in_earlier_include")!)
                Assert.Contains(paragraphs, r => r.SideIndicator == "<=" && r.ReferenceText!.StartsWith(p.Value!, StringComparison.Ordinal));
            Assert.All(rows, r => Assert.Equal(earlier.Id, r.ReferenceDocument));
        }

        [Fact]
        public void EveryClaimPointsIntoItsFile()
        {
            foreach (var c in Corpus.Value.Claims)
            {
                var doc = Corpus.Value.FindDocument(c.DocumentId)!;
                var raw = File.ReadAllText(doc.Path);
                Assert.Equal(c.Text, raw.Substring(c.Start, c.Length));
                Assert.Contains(c.Text, File.ReadAllLines(doc.Path)[c.Line - 1]);
                Assert.Contains(ParagraphOf(c), raw);
            }
        }

        private static string Short(string? s) => s == null ? "" : s.Length <= 70 ? s : s.Substring(0, 70);
    }
}
