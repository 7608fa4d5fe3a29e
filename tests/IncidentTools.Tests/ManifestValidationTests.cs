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
