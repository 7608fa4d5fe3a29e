using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentTools.Fuzz;
using Xunit;

namespace IncidentTools.Tests.Reliability
{
    /// <summary>
    /// Property-based tests with fixed seeds: real articles damaged at random (marks inserted and
    /// deleted, paragraphs split, joined, shuffled and repeated, lines cut, bytes changed, files cut
    /// short, encodings changed) go through the whole pipeline, and every invariant of
    /// <see cref="PipelineCheck"/> holds. The long run is bench/IncidentTools.Fuzz.
    /// </summary>
    public class FuzzTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void DamagedArticlesKeepEveryInvariant(int seed)
        {
            var root = FuzzRun.FindRepoRoot(TestPaths.BaseDir);
            var inputs = FuzzRun.FindInputs(root);
            Assert.True(inputs.Count >= 4, "no articles to damage");
            var articles = inputs.Select(File.ReadAllText).ToArray();
            var manifest = File.ReadAllText(Path.Combine(root, "seeds", "corpus.yaml"));
            var check = new PipelineCheck(TimeSpan.FromSeconds(10));
            var applied = new List<string>();
            using var scratch = new TempFolder();
            for (int round = 0; round < 50; round++)
                FuzzRun.Round(seed * 100_000 + round, articles, manifest, 12, 8, check, scratch.Path, applied);

            Assert.True(check.Violations.Count == 0, string.Join(Environment.NewLine, check.Violations.Take(20)));
            // Thousands of mutations of every kind, and most damaged files are still articles with quotes.
            Assert.True(applied.Count >= 2000, $"{applied.Count} mutations");
            foreach (var kind in ArticleMutator.Kinds) Assert.Contains(kind, applied);
            Assert.True(check.Documents >= 500, $"{check.Documents} documents");
            Assert.True(check.Quotes >= 1000, $"{check.Quotes} quotes");
            Assert.True(check.Claims >= 100, $"{check.Claims} claims");
        }

        [Fact]
        public void TheCheckCatchesBrokenOffsetsAndOverlaps()
        {
            // The invariants are real: fabricated quotes that break them are reported.
            using var folder = new TempFolder();
            var text = "Headline here\n\n“We fired first,” the minister said.\n";
            var file = folder.Write("a.txt", text);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var check = new PipelineCheck(TimeSpan.FromSeconds(1));
            int start = text.IndexOf("We fired", StringComparison.Ordinal);
            var good = new IncidentQuote(doc.Id, doc.Path, ParagraphSection.Body, 1, 3, start, "We fired first,", QuoteKind.Direct, "minister", "the minister", text.IndexOf("the minister", StringComparison.Ordinal), null, null, "said");
            check.CheckQuotes(doc, text, new[] { good });
            Assert.Empty(check.Violations);

            var shifted = new IncidentQuote(doc.Id, doc.Path, ParagraphSection.Body, 1, 3, start + 1, "We fired first,", QuoteKind.Direct, null, null, null, null, null, null);
            var overlapping = new IncidentQuote(doc.Id, doc.Path, ParagraphSection.Body, 1, 3, start + 3, "fired", QuoteKind.Partial, null, null, null, null, null, null);
            var outside = new IncidentQuote(doc.Id, doc.Path, ParagraphSection.Body, 1, 3, text.Length - 2, "said.", QuoteKind.Partial, null, null, null, null, null, null);
            var wrongLine = new IncidentQuote(doc.Id, doc.Path, ParagraphSection.Body, 1, 1, start, "We fired first,", QuoteKind.Direct, null, null, null, null, null, null);
            var badSpeaker = new IncidentQuote(doc.Id, doc.Path, ParagraphSection.Body, 1, 3, start, "We fired first,", QuoteKind.Direct, "minister", "the minister", 0, null, null, null);
            foreach (var q in new[] { shifted, overlapping, outside, wrongLine, badSpeaker })
            {
                int before = check.Violations.Count;
                check.CheckQuotes(doc, text, q == overlapping ? new[] { good, q } : new[] { q });
                Assert.True(check.Violations.Count > before, "not caught: " + q.Text + " at " + q.Start);
            }
        }
    }
}
