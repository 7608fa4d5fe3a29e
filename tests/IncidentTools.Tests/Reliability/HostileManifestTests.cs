using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace IncidentTools.Tests.Reliability
{
    /// <summary>Set by <see cref="TagCanary"/> if a YAML tag ever makes the reader create one.</summary>
    public static class TagCanaryFlag
    {
        public static int Created;
    }

    /// <summary>A type a hostile manifest names in a tag: creating it (or even running its type initializer) sets the flag.</summary>
    public sealed class TagCanary
    {
        static TagCanary() => TagCanaryFlag.Created++;

        public TagCanary() => TagCanaryFlag.Created++;

        public string? Name { get; set; }
    }

    /// <summary>
    /// Hostile manifests: each is refused within a bound with a problem naming the file (and the
    /// line and column), or its bad part is refused with a warning; the articles are read all the same.
    /// </summary>
    public class HostileManifestTests
    {
        private const string Article = "Harbour reopens\n\n“We are glad,” the harbour master said on Monday.\n";

        private static (IncidentCorpus Corpus, TimeSpan Elapsed) Load(TempFolder folder, string yaml)
        {
            folder.Write("a.txt", Article);
            folder.Write("corpus.yaml", yaml);
            var sw = Stopwatch.StartNew();
            var corpus = IncidentCorpus.Load(folder.Path);
            var elapsed = sw.Elapsed;
            Assert.Single(corpus.Documents);
            return (corpus, elapsed);
        }

        private static ManifestException Refused(TempFolder folder, string yaml, CorpusProblemKind kind = CorpusProblemKind.ManifestLimitExceeded)
        {
            var (corpus, elapsed) = Load(folder, yaml);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(kind, problem.Kind);
            Assert.False(problem.IsWarning);
            Assert.Equal(Path.Combine(folder.Path, "corpus.yaml"), problem.Path);
            var ex = Assert.IsType<ManifestException>(problem.Exception);
            Assert.Equal(problem.Path, ex.ManifestPath);
            Assert.Contains(problem.Path + "(", problem.Message);
            Assert.Equal(kind == CorpusProblemKind.ManifestLimitExceeded, ex.LimitExceeded);
            Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed.TotalSeconds:F1} s");
            Assert.Empty(corpus.Parties);
            return ex;
        }

        [Fact]
        public void AnAliasBombIsRefused()
        {
            // "Billion laughs": nine levels of ten aliases each would expand to 10^9 values.
            var yaml = new StringBuilder("lol0: &l0 [lol]\n");
            for (int i = 1; i <= 9; i++)
                yaml.Append($"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
            yaml.Append("parties:\n  - name: A\n    aliases: *l9\n");
            var ex = Refused(new TempFolder(), yaml.ToString());
            Assert.Contains("expands to more than", ex.Reason);
        }

        [Fact]
        public void AFewAliasesAreFine()
        {
            using var folder = new TempFolder();
            var (corpus, _) = Load(folder, "parties:\n  - name: United States\n    aliases: &us [U.S., American]\n  - name: America\n    aliases: *us\n");
            Assert.Empty(corpus.Problems);
            Assert.Equal(new[] { "U.S.", "American" }, corpus.Parties[1].Aliases);
        }

        [Fact]
        public void AnAliasInsideItsOwnNodeIsRefused()
        {
            using var folder = new TempFolder();
            var ex = Refused(folder, "loop: &a [x, *a]\n");
            Assert.Contains("contains it", ex.Reason);
        }

        [Theory]
        [InlineData("block")]
        [InlineData("flow")]
        public void VeryDeepNestingIsRefusedBeforeItIsBuilt(string style)
        {
            // 100,000 levels would overflow the stack of a recursive reader (a crash no catch can stop).
            const int depth = 100_000;
            string yaml = style == "flow"
                ? "deep: " + new string('[', depth) + new string(']', depth) + "\n"
                : "deep:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', i) + "- \n")).Replace("- \n", "-\n");
            if (style == "block")
            {
                var sb = new StringBuilder("deep:\n");
                for (int i = 0; i < 200; i++) sb.Append(new string(' ', 2 * i + 2)).Append("k:\n");
                sb.Append(new string(' ', 402)).Append("v\n");
                yaml = sb.ToString();
            }
            using var folder = new TempFolder();
            var ex = Refused(folder, yaml);
            Assert.Contains("nested more than 64", ex.Reason);
            Assert.True(ex.Line >= 1);
        }

        [Fact]
        public void AHugeValueIsRefusedWithItsLine()
        {
            using var folder = new TempFolder();
            var ex = Refused(folder, "incident:\n  name: Harbour\n  description: " + new string('x', 100_000) + "\n");
            Assert.Equal(3, ex.Line);
            Assert.Contains("100,000 characters", ex.Reason);
        }

        [Fact]
        public void AHugeManifestIsRefusedBeforeItIsRead()
        {
            using var folder = new TempFolder();
            var yaml = new StringBuilder("notes:\n");
            while (yaml.Length < 5 * 1024 * 1024) yaml.Append("  - a note that is not short at all, to make the manifest large\n");
            var ex = Refused(folder, yaml.ToString());
            Assert.Equal(1, ex.Line);
            Assert.Contains("4 MiB", ex.Reason);
        }

        [Theory]
        [InlineData("parties: 5\n", "'parties' must be a list")]
        [InlineData("parties:\n  - [a, b]\n", "a party must be a mapping")]
        [InlineData("parties:\n  - name: [A, B]\n", "'name' must be a single value")]
        [InlineData("parties:\n  - name: A\n    aliases: {x: y}\n", "'aliases' must be a list of values")]
        [InlineData("documents:\n  - file: a.txt\n    published: yesterday\n", "'published' is not a date")]
        [InlineData("questions:\n  - id: q\n    positions: {label: x}\n", "'positions' must be a list")]
        [InlineData("- just\n- a list\n", "the manifest must be a mapping")]
        public void WrongTypesAreInvalidManifestsThatNameTheLine(string yaml, string reason)
        {
            using var folder = new TempFolder();
            var ex = Refused(folder, yaml, CorpusProblemKind.ManifestInvalid);
            Assert.Contains(reason, ex.Reason);
            Assert.True(ex.Line >= 1 && ex.Column >= 1);
        }

        [Theory]
        [InlineData("!IncidentTools.Tests.Reliability.TagCanary")]
        [InlineData("!<tag:yaml.org,2002:IncidentTools.Tests.Reliability.TagCanary>")]
        [InlineData("!IncidentTools.Tests.Reliability.TagCanary,IncidentTools.Tests")]
        [InlineData("!System.Diagnostics.Process")]
        [InlineData("!!python/object:os.system")]
        public void TagsThatNameTypesCreateNothing(string tag)
        {
            using var folder = new TempFolder();
            int before = TagCanaryFlag.Created;
            var (corpus, _) = Load(folder, $"parties:\n  - {tag}\n    name: A\n  - name: {tag} B\n");
            Assert.Empty(corpus.Problems);
            // The tag is ignored: the node is read as this project's own plain party, and no object of the named type exists.
            Assert.Equal("A", corpus.Parties[0].Name);
            Assert.Equal(before, TagCanaryFlag.Created);
            Assert.IsType<PartyDefinition>(corpus.Parties[0]);
        }

        [Theory]
        [InlineData("../outside.txt")]
        [InlineData("../../../../etc/passwd")]
        [InlineData("/etc/passwd")]
        [InlineData("sub/../../outside.txt")]
        [InlineData("..\\outside.txt")]
        public void ADocumentEntryOutsideTheFolderIsRefusedWithAWarning(string file)
        {
            using var parent = new TempFolder();
            var folder = Path.Combine(parent.Path, "corpus");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(parent.Path, "outside.txt"), "Outside\n\n“Never read,” he said.\n");
            File.WriteAllText(Path.Combine(folder, "a.txt"), Article);
            File.WriteAllText(Path.Combine(folder, "corpus.yaml"), $"documents:\n  - file: '{file}'\n    outlet: Evil\n  - file: a.txt\n    outlet: Good\n");
            var corpus = IncidentCorpus.Load(folder);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.ManifestEntryRefused, warning.Kind);
            Assert.True(warning.IsWarning);
            Assert.Equal(Path.Combine(folder, "corpus.yaml"), warning.Path);
            Assert.Contains(file, warning.Message);
            Assert.Contains("outside the corpus folder", warning.Message);
            // Nothing outside was read or described; the entry inside still applies.
            var doc = Assert.Single(corpus.Documents);
            Assert.Equal("Good", doc.Outlet);
            Assert.DoesNotContain(corpus.Manifests.Single().Documents, d => d.File == file);
        }

        [Theory]
        [InlineData("a.txt", true)]
        [InlineData("./a.txt", true)]
        [InlineData("sub/../a.txt", true)]
        [InlineData("../a.txt", false)]
        [InlineData("sub/a.txt", false)]
        [InlineData("", false)]
        public void InTheFolderMeansDirectlyInIt(string file, bool inside)
        {
            using var folder = new TempFolder();
            Assert.Equal(inside, Corpus.ManifestChecks.IsInFolder(folder.Path, file));
        }

        [Fact]
        public void AFileListedTwiceKeepsItsFirstEntryWithAWarning()
        {
            using var folder = new TempFolder();
            var (corpus, _) = Load(folder, "documents:\n  - file: a.txt\n    outlet: First\n  - file: a.txt\n    outlet: Second\n");
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.ManifestEntryRefused, warning.Kind);
            Assert.Contains("listed twice", warning.Message);
            Assert.Equal("First", corpus.Documents[0].Outlet);
        }

        [Fact]
        public void DuplicateIdsAreWarnedAndBothDocumentsAreRead()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            folder.Write("b.txt", Article.Replace("Harbour", "Airport"));
            folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    id: story\n  - file: b.txt\n    id: story\n");
            var corpus = IncidentCorpus.Load(folder.Path);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.DuplicateId, warning.Kind);
            Assert.True(warning.IsWarning);
            Assert.EndsWith("b.txt", warning.Path);
            Assert.Contains("'story'", warning.Message);
            Assert.Equal(2, corpus.Documents.Count);
        }

        [Fact]
        public void TheSameFileNameInTwoFoldersIsADuplicateId()
        {
            using var one = new TempFolder();
            using var two = new TempFolder();
            one.Write("a.txt", Article);
            two.Write("a.txt", Article.Replace("Harbour", "Airport"));
            var corpus = IncidentCorpus.Load(new[] { one.Path, two.Path });
            Assert.Equal(2, corpus.Documents.Count);
            var warning = Assert.Single(corpus.Problems);
            Assert.Equal(CorpusProblemKind.DuplicateId, warning.Kind);
            Assert.Equal(Path.Combine(two.Path, "a.txt"), warning.Path);
        }

        [Fact]
        public void DuplicatePartiesAndQuestionsAreInvalid()
        {
            using var folder = new TempFolder();
            Assert.Contains("defined twice", Refused(folder, "parties:\n  - name: A\n  - name: a\n", CorpusProblemKind.ManifestInvalid).Reason);
            using var folder2 = new TempFolder();
            Assert.Contains("defined twice", Refused(folder2, "questions:\n  - id: q\n  - id: q\n", CorpusProblemKind.ManifestInvalid).Reason);
        }
    }
}

namespace IncidentTools.Tests.Reliability
{
    /// <summary>Test-IncidentManifest's validator keeps the reader's bounds: a hostile manifest is one issue, not a crash.</summary>
    public class HostileManifestValidationTests
    {
        [Theory]
        [InlineData("deep", "LimitExceeded")]
        [InlineData("bomb", "LimitExceeded")]
        [InlineData("outside", "OutsideFolder")]
        public void TheValidatorReportsHostileManifestsAsIssues(string kind, string code)
        {
            using var folder = new TempFolder();
            var yaml = kind switch
            {
                "deep" => "deep: " + new string('[', 100_000) + new string(']', 100_000) + "\n",
                "bomb" => "a0: &a0 [x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n")),
                _ => "documents:\n  - file: ../../../../etc/passwd\n",
            };
            var file = folder.Write("corpus.yaml", yaml);
            var issues = Corpus.ManifestValidator.Validate(file);
            Assert.Contains(issues, i => i.Code == code && i.Path == file);
        }
    }
}
