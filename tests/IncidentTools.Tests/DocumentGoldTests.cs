using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace IncidentTools.Tests
{
    /// <summary>The seed corpus read as ../shared/gold/seed-documents.yaml says it must be.</summary>
    public class DocumentGoldTests
    {
        private readonly ITestOutputHelper _out;

        public DocumentGoldTests(ITestOutputHelper output) => _out = output;

        private static readonly Lazy<IncidentCorpus> Corpus = new Lazy<IncidentCorpus>(() => IncidentCorpus.Load(TestPaths.Seeds));

        public static IEnumerable<object[]> GoldDocuments()
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(TestPaths.Gold("seed-documents.yaml"))) yaml.Load(reader);
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (YamlMappingNode doc in (YamlSequenceNode)root.Children[new YamlScalarNode("documents")])
                yield return new object[] { ((YamlScalarNode)doc.Children[new YamlScalarNode("file")]).Value! };
        }

        private static YamlMappingNode GoldFor(string file)
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(TestPaths.Gold("seed-documents.yaml"))) yaml.Load(reader);
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            return ((YamlSequenceNode)root.Children[new YamlScalarNode("documents")]).Children.Cast<YamlMappingNode>()
                .Single(d => ((YamlScalarNode)d.Children[new YamlScalarNode("file")]).Value == file);
        }

        private static string? S(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;

        private static IEnumerable<string> L(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlSequenceNode)v).Children.Select(c => ((YamlScalarNode)c).Value!) : Enumerable.Empty<string>();

        [Fact]
        public void SeedCorpusHasFourDocumentsAndNoProblems()
        {
            Assert.Equal(4, Corpus.Value.Documents.Count);
            Assert.Empty(Corpus.Value.Problems);
        }

        [Theory]
        [MemberData(nameof(GoldDocuments))]
        public void DocumentMatchesGold(string file)
        {
            var gold = GoldFor(file);
            var doc = Corpus.Value.Documents.Single(d => Path.GetFileName(d.Path) == file);
            foreach (var p in doc.Paragraphs) _out.WriteLine($"{p.Number,3} L{p.Line,-3} {p.Text.Substring(0, Math.Min(70, p.Text.Length))}");

            Assert.Equal(S(gold, "title"), doc.Title);
            Assert.Equal(S(gold, "outlet"), doc.Outlet);
            Assert.Equal(int.Parse(S(gold, "highlights")!), doc.Highlights.Count);
            Assert.Equal(int.Parse(S(gold, "body_paragraphs")!), doc.Paragraphs.Count);
            Assert.StartsWith(S(gold, "body_first")!, doc.Paragraphs[0].Text);
            Assert.StartsWith(S(gold, "body_last")!, doc.Paragraphs[doc.Paragraphs.Count - 1].Text);
            Assert.Equal(L(gold, "contributors").ToArray(), doc.Contributors.ToArray());
            if (S(gold, "byline") is { } byline) Assert.Equal(byline, doc.Byline);
            if (S(gold, "dateline") is { } dateline) Assert.Equal(dateline, doc.Dateline);
            if (S(gold, "updated") is { } updated) Assert.Equal(DateTimeOffset.Parse(updated), doc.Updated);
            foreach (var cruft in L(gold, "not_body"))
            {
                Assert.DoesNotContain(cruft, doc.Text);
                Assert.DoesNotContain(doc.Highlights, h => h.Contains(cruft));
            }
            if (S(gold, "version_of") is { } other)
            {
                var otherDoc = Corpus.Value.Documents.Single(d => Path.GetFileName(d.Path) == other);
                Assert.Equal(doc.StoryId, otherDoc.StoryId);
            }
        }

        [Fact]
        public void OnlyTheTwoVersionsShareAStory()
        {
            var groups = Corpus.Value.Documents.GroupBy(d => d.StoryId).ToArray();
            Assert.Equal(3, groups.Length);
        }

        [Fact]
        public void ParagraphOffsetsPointIntoTheFile()
        {
            foreach (var doc in Corpus.Value.Documents)
            {
                var raw = File.ReadAllText(doc.Path);
                var lines = File.ReadAllLines(doc.Path);
                foreach (var p in doc.Paragraphs.Concat(doc.HighlightParagraphs))
                {
                    Assert.Equal(p.Text, raw.Substring(p.Start, p.Length));
                    Assert.Contains(p.Text, lines[p.Line - 1]);
                }
            }
        }

        [Fact]
        public void NoCruftLeftInAnyBody()
        {
            var cruft = new[] { "Source: CNN", "Story highlights", "Skip to main content", "contributed to this report", "updated ", "CNN.com:", "From Nasir Habib", "Part of complete coverage" };
            foreach (var doc in Corpus.Value.Documents)
                foreach (var c in cruft)
                    Assert.DoesNotContain(c, doc.Text);
        }
    }
}
