using System.Linq;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>The manifest checker: every issue at once, with line, column and the nearest known name.</summary>
    public class ManifestValidationTests
    {
        private const string Misspelt =
            "incidnet:\n" +                                   // 1
            "  name: test\n" +                                // 2
            "question:\n" +                                   // 3
            "  - id: x\n" +                                   // 4
            "documents:\n" +                                  // 5
            "  - file: a.txt\n" +                             // 6
            "    publised: 2011-12-22\n" +                    // 7
            "    url: http://example.org/a\n" +               // 8
            "  - file: missing.txt\n" +                       // 9
            "parties:\n" +                                    // 10
            "  - name: Pakistan\n" +                          // 11
            "    alias: [PK]\n" +                             // 12
            "  - name: United States\n" +                     // 13
            "questions:\n" +                                  // 14
            "  - id: first-fire\n" +                          // 15
            "    positions:\n" +                              // 16
            "      - label: A\n" +                            // 17
            "        cues: [\"{Pakistn} fired first\", {text: we were fired upon, party: United Stats}, \"{self} fired\"]\n";  // 18

        private static ManifestIssue[] Check(string yaml, params string[] files)
        {
            using var folder = new TempFolder();
            foreach (var f in files) folder.Write(f, "Some article text.\n");
            var path = folder.Write("corpus.yaml", yaml);
            return ManifestValidator.Validate(path).ToArray();
        }

        [Fact]
        public void ReportsEveryMisspeltKeyMissingFileAndUnknownPartyWithLineAndSuggestion()
        {
            var issues = Check(Misspelt, "a.txt");
            Assert.All(issues, i => Assert.Equal(ManifestSeverity.Warning, i.Severity));
            Assert.Equal(new[] { (1, "UnknownKey", "incident"), (3, "UnknownKey", "questions"), (7, "UnknownKey", "published"), (9, "FileNotFound", (string?)null),
                                 (12, "UnknownKey", "aliases"), (18, "UnknownParty", "Pakistan"), (18, "UnknownParty", "United States") },
                issues.Select(i => (i.Line, i.Code, i.Suggestion)).ToArray());
            Assert.Contains("did you mean 'questions'?", issues[1].Message);
            Assert.Equal(1, issues[1].Column);
            Assert.EndsWith("corpus.yaml", issues[0].Path);
            Assert.StartsWith(issues[0].Path + "(1,1): ", issues[0].ToString());
        }

        [Fact]
        public void ReadingWithIssuesInOneParseGivesWhatReadAndValidateGive()
        {
            // The reader's one-parse call (a corpus folder's manifest is read and checked at once) against
            // the reader and the validator each reading the file: the same manifest, the same issues, in order.
            var manifests = new[]
            {
                (Misspelt, new[] { "a.txt" }),
                (TestManifest.Shipped, new string[0]),
                ("documents:\n  - file: artcle-1.txt\n    outlet: CNN\n  - file: ../outside.txt\n", new[] { "article-1.txt" }),
                ("parties:\n  - name: A\n    people: [Jo Bell]\n  - name: B\nquestions:\n  - id: q\n    positions:\n      - label: x\n        cues: [\"{C} did it\"]\n", new string[0]),
                ("", new string[0]),
            };
            foreach (var (yaml, files) in manifests)
            {
                using var folder = new TempFolder();
                foreach (var f in files) folder.Write(f, "Some article text.\n");
                var path = folder.Write("corpus.yaml", yaml);
                var once = ManifestReader.ReadWithIssues(path, out var issues);
                var read = ManifestReader.Read(path);
                var validated = ManifestValidator.Validate(path, checkWithReader: false);
                Assert.Equal(validated.Select(i => i.ToString()), issues.Select(i => i.ToString()));
                Assert.Equal((read.Parties.Count, read.Questions.Count, read.Documents.Count), (once.Parties.Count, once.Questions.Count, once.Documents.Count));
                Assert.Equal(read.Parties.Select(p => p.Name + ":" + string.Join("|", p.Aliases) + ":" + string.Join("|", p.People)), once.Parties.Select(p => p.Name + ":" + string.Join("|", p.Aliases) + ":" + string.Join("|", p.People)));
                Assert.Equal(read.Documents.Select(d => d.File + ":" + d.Outlet), once.Documents.Select(d => d.File + ":" + d.Outlet));
                Assert.Equal(read.Questions.Select(q => q.Id + ":" + q.Positions.Count), once.Questions.Select(q => q.Id + ":" + q.Positions.Count));
            }
            // A manifest that does not parse: the same error as the reader alone.
            using (var bad = new TempFolder())
            {
                var path = bad.Write("corpus.yaml", "parties: [unclosed\n");
                var expected = Assert.Throws<ManifestException>(() => ManifestReader.Read(path));
                var actual = Assert.Throws<ManifestException>(() => ManifestReader.ReadWithIssues(path, out _));
                Assert.Equal(expected.Message, actual.Message);
            }
        }

        [Fact]
        public void AFileNearTheOneNamedIsSuggested()
        {
            var issue = Assert.Single(Check("documents:\n  - file: artcle-1.txt\n", "article-1.txt"));
            Assert.Equal("FileNotFound", issue.Code);
            Assert.Equal("article-1.txt", issue.Suggestion);
            Assert.Equal((2, 11), (issue.Line, issue.Column));
        }

        [Fact]
        public void WrongTypesMissingKeysAndBadDatesAreErrorsAllAtOnce()
        {
            var issues = Check(
                "documents:\n" +
                "  - file: a.txt\n" +
                "    published: yesterday\n" +
                "  - outlet: CNN\n" +
                "parties:\n" +
                "  - name: [A, B]\n" +
                "  - Pakistan\n" +
                "questions:\n" +
                "  - id: q\n" +
                "    positions: many\n", "a.txt");
            Assert.Equal(new[] { (3, "InvalidDate"), (4, "MissingKey"), (6, "WrongType"), (7, "WrongType"), (10, "WrongType") },
                issues.Select(i => (i.Line, i.Code)).ToArray());
            Assert.All(issues, i => Assert.Equal(ManifestSeverity.Error, i.Severity));
        }

        [Fact]
        public void MetadataKeysOfADocumentEntryAreNoIssue()
        {
            Assert.Empty(Check("documents:\n  - file: a.txt\n    url: http://x\n    language: en\n    notes: [a, b]\n", "a.txt"));
        }

        [Fact]
        public void TheBundledManifestIsClean()
        {
            Assert.Empty(ManifestValidator.Validate(System.IO.Path.Combine(TestPaths.Seeds, "corpus.yaml")));
        }

        [Fact]
        public void YamlThatDoesNotParseIsOneErrorWithItsPlace()
        {
            var issue = Assert.Single(Check("parties:\n  - name: [A, B\n"));
            Assert.Equal(ManifestSeverity.Error, issue.Severity);
            Assert.Equal("ParseError", issue.Code);
            Assert.True(issue.Line >= 2);
        }

        [Fact]
        public void ReadingACorpusWarnsAboutTheManifestAndStillAppliesIt()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Bridge closed\n\nThe council voted to close the old bridge after engineers found cracks in two piers.\n");
            folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    outlet: Gazette\n    publised: 2011-12-22\n");
            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.Equal("Gazette", Assert.Single(corpus.Documents).Outlet);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.ManifestWarning, warning.Kind);
            Assert.True(warning.IsWarning);
            Assert.Contains("corpus.yaml(4,5): ", warning.Message);
            Assert.Contains("'published'", warning.Message);
        }

        [Fact]
        public void TheManifestIsNeverReadAsAnArticleWhenItsFilesAreNamedOneByOne()
        {
            using var folder = new TempFolder();
            var article = folder.Write("a.txt", "Bridge closed\n\nThe council voted to close the old bridge after engineers found cracks in two piers.\n");
            var manifest = folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    outlet: Gazette\n");
            var corpus = IncidentCorpus.Load(new[] { article, manifest });
            var doc = Assert.Single(corpus.Documents);
            Assert.Equal("a", doc.Id);
            Assert.Equal("Gazette", doc.Outlet);
            Assert.Empty(corpus.Problems);
        }

        [Fact]
        public void NearestNamesAreSlipsNotGuesses()
        {
            Assert.Equal("questions", Suggest.Nearest("question", new[] { "incident", "documents", "parties", "questions" }));
            Assert.Equal("aliases", Suggest.Nearest("alias", new[] { "name", "aliases", "people" }));
            Assert.Null(Suggest.Nearest("sources", new[] { "incident", "documents", "parties", "questions" }));
            Assert.Equal(1, Suggest.Distance("pakistna", "pakistan"));
        }
    }
}
