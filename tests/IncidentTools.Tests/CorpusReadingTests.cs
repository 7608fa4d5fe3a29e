using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Decoding, line endings, and the per-input errors of corpus reading.</summary>
    public class CorpusReadingTests
    {
        private const string Article = "Harbour reopens\n\n“We are glad,” the harbour master said on Monday.\n\nShips will dock again from June.\n";

        private static IncidentCorpus LoadOne(TempFolder folder) => IncidentCorpus.Load(folder.Path);

        [Theory]
        [InlineData("utf-8", "utf-8")]
        [InlineData("utf-8-bom", "utf-8-bom")]
        [InlineData("utf-16LE", "utf-16LE")]
        [InlineData("utf-16BE", "utf-16BE")]
        public void DecodesUnicodeEncodings(string encodingName, string expected)
        {
            Encoding encoding = encodingName switch
            {
                "utf-8" => new UTF8Encoding(false),
                "utf-8-bom" => new UTF8Encoding(true),
                "utf-16LE" => new UnicodeEncoding(false, true),
                _ => new UnicodeEncoding(true, true),
            };
            using var folder = new TempFolder();
            folder.Write("a.txt", Article, encoding);
            var corpus = LoadOne(folder);
            Assert.Empty(corpus.Problems);
            var doc = Assert.Single(corpus.Documents);
            Assert.Equal(expected, doc.Encoding);
            Assert.False(doc.DecodedWithFallback);
            Assert.Equal("“We are glad,” the harbour master said on Monday.", doc.Paragraphs[0].Text);
            // Offsets are into the text as Get-Content -Raw gives it (no BOM).
            var raw = File.ReadAllText(doc.Path);
            Assert.Equal(doc.Paragraphs[1].Text, raw.Substring(doc.Paragraphs[1].Start, doc.Paragraphs[1].Length));
        }

        [Fact]
        public void FallsBackToWindows1252AndSaysSo()
        {
            using var folder = new TempFolder();
            // “Caf\xe9” in Windows-1252: 0x93 and 0x94 are curly quotes, 0xE9 is é; not valid UTF-8.
            var bytes = Encoding.Latin1.GetBytes("Harbour reopens\n\n\u0093We are glad,\u0094 the caf\u00e9 owner said.\n");
            folder.WriteBytes("a.txt", bytes);
            var corpus = LoadOne(folder);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.EncodingFallback, warning.Kind);
            Assert.True(warning.IsWarning);
            var doc = Assert.Single(corpus.Documents);
            Assert.True(doc.DecodedWithFallback);
            Assert.Equal("windows-1252", doc.Encoding);
            Assert.Equal("“We are glad,” the café owner said.", doc.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\r")]
        [InlineData("\n")]
        public void LineEndingsKeepLinesAndOffsetsTrue(string eol)
        {
            using var folder = new TempFolder();
            var text = Article.Replace("\n", eol);
            var file = folder.Write("a.txt", text);
            var doc = Assert.Single(LoadOne(folder).Documents);
            Assert.Equal("Harbour reopens", doc.Title);
            Assert.Equal(2, doc.Paragraphs.Count);
            Assert.Equal(3, doc.Paragraphs[0].Line);
            Assert.Equal(5, doc.Paragraphs[1].Line);
            var raw = File.ReadAllText(file);
            foreach (var p in doc.Paragraphs) Assert.Equal(p.Text, raw.Substring(p.Start, p.Length));
        }

        [Fact]
        public void LinesWithBlanksAroundThemGiveTrimmedParagraphsAtTheirTrueOffsets()
        {
            // lines are offsets into the text until a paragraph's text is cut: the blanks around a line stay out of it, a
            // line of blanks only is a blank line, and each paragraph's offset and line number are where its text stands
            using var folder = new TempFolder();
            var file = folder.Write("a.txt", "Harbour reopens\n\n   \u201CWe are glad,\u201D the harbour master said on Monday.  \t\n \t \n\u00A0The ferries run again from Tuesday, she said.\n");
            var doc = Assert.Single(LoadOne(folder).Documents);
            Assert.Equal("Harbour reopens", doc.Title);
            Assert.Equal(new[] { "\u201CWe are glad,\u201D the harbour master said on Monday.", "The ferries run again from Tuesday, she said." },
                doc.Paragraphs.Select(p => p.Text).ToArray());
            Assert.Equal(new[] { 3, 5 }, doc.Paragraphs.Select(p => p.Line).ToArray());
            var raw = File.ReadAllText(file);
            foreach (var p in doc.Paragraphs) Assert.Equal(p.Text, raw.Substring(p.Start, p.Length));
        }

        [Fact]
        public void MissingPathIsReportedAndTheOthersStillGoThrough()
        {
            using var folder = new TempFolder();
            var good = folder.Write("a.txt", Article);
            var missing = Path.Combine(folder.Path, "missing.txt");
            var corpus = IncidentCorpus.Load(new[] { missing, good });
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NotFound, problem.Kind);
            Assert.Equal(missing, problem.Path);
            Assert.Single(corpus.Documents);
        }

        [Fact]
        public void APathTheSystemRefusesIsReportedAndTheOthersStillGoThrough()
        {
            // .NET refuses a NUL in a path everywhere; .NET Framework (Windows PowerShell 5.1) also "|", "<", ">" and '"'.
            using var folder = new TempFolder();
            var good = folder.Write("a.txt", Article);
            var refused = Path.Combine(folder.Path, "a\0b.txt");
            var corpus = IncidentCorpus.Load(new[] { refused, good });
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NotFound, problem.Kind);
            Assert.Equal(refused, problem.Path);
            Assert.Single(corpus.Documents);
        }

        [Fact]
        public void BinaryFileIsNotText()
        {
            using var folder = new TempFolder();
            folder.WriteBytes("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 });
            folder.Write("b.txt", Article);
            var corpus = LoadOne(folder);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NotText, problem.Kind);
            Assert.EndsWith("image.txt", problem.Path);
            // the message says once what the file is and why: "'…image.txt' is not a text file: it holds NUL bytes and …"
            Assert.Matches(@"image\.txt' is not a text file: it holds NUL bytes and no UTF-16 byte-order mark\.$", problem.Message);
            Assert.Single(corpus.Documents);
        }

        [Fact]
        public void ManifestThatDoesNotParseNamesFileLineAndColumn()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            var manifest = folder.Write("corpus.yaml", "parties:\n  - name: A\n    aliases: [x, y\n  - name: B\n");
            var corpus = LoadOne(folder);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.ManifestInvalid, problem.Kind);
            Assert.Equal(manifest, problem.Path);
            var ex = Assert.IsType<ManifestException>(problem.Exception);
            Assert.Equal(manifest, ex.ManifestPath);
            Assert.True(ex.Line >= 3, "line " + ex.Line);
            Assert.Contains($"{manifest}({ex.Line},{ex.Column})", problem.Message);
            // The articles are still read.
            Assert.Single(corpus.Documents);
        }

        [Fact]
        public void ManifestErrorEndsItsReasonBeforeSayingTheArticlesAreRead()
        {
            // The reason is a phrase without a full stop ("'open' must be a list"); the message
            // ends it before the next sentence, and never doubles a stop the reason has.
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            folder.Write("corpus.yaml", "questions:\n  - id: q\n    text: Who fired first?\n    open: \"would not say\"\n");
            var problem = Assert.Single(LoadOne(folder).Problems);
            Assert.Equal(CorpusProblemKind.ManifestInvalid, problem.Kind);
            Assert.Contains("'open' must be a list. The articles are read without it", problem.Message);
            Assert.DoesNotContain("..", problem.Message);
        }

        [Fact]
        public void ManifestWithWrongShapeNamesTheLine()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    published: not a date\n");
            var problem = Assert.Single(LoadOne(folder).Problems);
            var ex = Assert.IsType<ManifestException>(problem.Exception);
            Assert.Equal(3, ex.Line);
            Assert.Contains("published", ex.Message);
        }

        [Fact]
        public void ManifestTagsDoNotPickTypes()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            folder.Write("corpus.yaml", "parties:\n  - !System.IO.FileInfo\n    name: A\n");
            var corpus = LoadOne(folder);
            // A tag is ignored: the node is read as this project's own plain party.
            Assert.Empty(corpus.Problems);
            Assert.Equal("A", Assert.Single(corpus.Parties).Name);
        }

        [Fact]
        public void FolderWithoutArticlesWarns()
        {
            using var folder = new TempFolder();
            folder.Write("notes.md", "nothing here");
            var corpus = LoadOne(folder);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NoArticles, problem.Kind);
            Assert.True(problem.IsWarning);
            Assert.Empty(corpus.Documents);
        }

        [Fact]
        public void FolderOfSubfoldersSaysHowToReadThem()
        {
            // A crawl kept in one folder per outlet: the root holds no article, and the warning
            // names the subfolders (which are not read) and the command that reads them.
            using var folder = new TempFolder();
            Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "outlet-b"));
            Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "outlet-a"));
            File.WriteAllText(System.IO.Path.Combine(folder.Path, "outlet-a", "one.txt"), Article);
            var corpus = LoadOne(folder);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NoArticles, problem.Kind);
            Assert.Contains("not reading the 2 subfolders", problem.Message);
            Assert.Contains("(outlet-a, outlet-b)", problem.Message);
            Assert.Contains("-Recurse -File -Filter *.txt", problem.Message);
            Assert.Empty(corpus.Documents);
        }

        [Fact]
        public void FolderWithoutArticlesOrSubfoldersNamesNone()
        {
            using var folder = new TempFolder();
            folder.Write("notes.md", "nothing here");
            var problem = Assert.Single(LoadOne(folder).Problems);
            Assert.DoesNotContain("subfolder", problem.Message);
        }

        [Fact]
        public void FolderWithoutManifestWorks()
        {
            using var folder = new TempFolder();
            folder.Write("b.txt", Article);
            folder.Write("a.txt", Article.Replace("Harbour", "Airport"));
            var corpus = LoadOne(folder);
            Assert.Empty(corpus.Problems);
            Assert.Equal(new[] { "a", "b" }, corpus.Documents.Select(d => d.Id));
            Assert.Empty(corpus.Parties);
        }

        [Fact]
        public void DefaultCorpusIsTheBundledSeeds()
        {
            var corpus = IncidentCorpus.LoadDefault();
            Assert.Equal(4, corpus.Documents.Count);
            Assert.Equal(new[] { "United States", "Pakistan", "Independent" }, corpus.Parties.Select(p => p.Name));
        }

        [Fact]
        public void ByteOrderMarkOverInvalidBytesIsNotText()
        {
            using var folder = new TempFolder();
            // A UTF-16LE BOM followed by a lone low surrogate (0xDC00): not valid UTF-16.
            folder.WriteBytes("broken.txt", new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00 });
            folder.Write("good.txt", Article);
            var corpus = LoadOne(folder);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.NotText, problem.Kind);
            Assert.EndsWith("broken.txt", problem.Path);
            Assert.Single(corpus.Documents);
        }

        [Fact]
        public void AFileGivenTwiceIsReadOnce()
        {
            using var folder = new TempFolder();
            var file = folder.Write("a.txt", Article);
            var corpus = IncidentCorpus.Load(new[] { file, folder.Path, file });
            Assert.Single(corpus.Documents);
        }
    }
}
