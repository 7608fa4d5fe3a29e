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
    /// <summary>The seed corpus read as ../shared/gold/seed-documents.yaml says it must be.</summary>
    public class DocumentGoldTests
    {
        private readonly ITestOutputHelper _out;

        public DocumentGoldTests(ITestOutputHelper output) => _out = output;

        private static readonly Lazy<IncidentCorpus> Corpus = new Lazy<IncidentCorpus>(() => IncidentCorpus.Load(TestPaths.Seeds));

        private const string GoldFile = "seed-documents.yaml";

        public static IEnumerable<object[]> GoldDocuments() =>
            Mappings(Root(GoldFile), "documents").Select(d => new object[] { Scalar(d, "file")! });

        private static YamlMappingNode GoldFor(string file) =>
            Mappings(Root(GoldFile), "documents").Single(d => Scalar(d, "file") == file);

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

            Assert.Equal(Scalar(gold, "title"), doc.Title);
            Assert.Equal(Scalar(gold, "outlet"), doc.Outlet);
            Assert.Equal(int.Parse(Scalar(gold, "highlights")!), doc.Highlights.Count);
            Assert.Equal(int.Parse(Scalar(gold, "body_paragraphs")!), doc.Paragraphs.Count);
            Assert.StartsWith(Scalar(gold, "body_first")!, doc.Paragraphs[0].Text);
            Assert.StartsWith(Scalar(gold, "body_last")!, doc.Paragraphs[doc.Paragraphs.Count - 1].Text);
            Assert.Equal(Strings(gold, "contributors").ToArray(), doc.Contributors.ToArray());
            if (Scalar(gold, "byline") is { } byline) Assert.Equal(byline, doc.Byline);
            if (Scalar(gold, "dateline") is { } dateline) Assert.Equal(dateline, doc.Dateline);
            if (Scalar(gold, "updated") is { } updated) Assert.Equal(DateTimeOffset.Parse(updated), doc.UpdatedAt);
            foreach (var cruft in Strings(gold, "not_body"))
            {
                Assert.DoesNotContain(cruft, doc.Text);
                Assert.DoesNotContain(doc.Highlights, h => h.Contains(cruft));
            }
            if (Scalar(gold, "version_of") is { } other)
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
