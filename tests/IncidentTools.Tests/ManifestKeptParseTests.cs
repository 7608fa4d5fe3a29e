using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The warm-up's parse of a manifest, kept for the first command that reads the same file (issue #10): taken only
    /// for the same path and the same bytes, once, and the folder's files are checked anew.
    /// </summary>
    public class ManifestKeptParseTests
    {
        private const string Yaml =
            "documents:\n" +
            "  - file: first.txt\n" +
            "    outlet: The Morning Post\n" +
            "  - file: second.txt\n" +
            "parties:\n" +
            "  - name: Harbour Board\n" +
            "    aliases: [the board]\n";

        [Fact]
        public void TheNextReadOfTheSameFileTakesTheKeptParseOnce()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            folder.Write("second.txt", "Another article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml);

            var kept = ManifestReader.ReadAndKeep(path, out var keptIssues);
            Assert.True(ManifestReader.KeptParse.IsKept(path));
            var first = ManifestReader.ReadWithIssues(path, out var issues);
            Assert.Same(kept, first);
            Assert.Empty(keptIssues);
            Assert.Empty(issues);
            Assert.False(ManifestReader.KeptParse.IsKept(path));

            // Taken once: the next read parses the file again, and finds the same.
            var second = ManifestReader.ReadWithIssues(path, out _);
            Assert.NotSame(first, second);
            Assert.Equal(first.Documents.Select(d => d.File + ":" + d.Outlet), second.Documents.Select(d => d.File + ":" + d.Outlet));
            Assert.Equal(first.Parties.Select(p => p.Name), second.Parties.Select(p => p.Name));
        }

        [Fact]
        public void AFileChangedSinceTheWarmUpIsParsedAgain()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            folder.Write("second.txt", "Another article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml);

            var kept = ManifestReader.ReadAndKeep(path, out _);
            // The same length, one byte different.
            File.WriteAllText(path, Yaml.Replace("Morning", "Evening"));
            var read = ManifestReader.ReadWithIssues(path, out _);
            Assert.NotSame(kept, read);
            Assert.Equal("The Evening Post", read.Documents[0].Outlet);
            Assert.False(ManifestReader.KeptParse.IsKept(path));
        }

        [Fact]
        public void TheFolderIsCheckedAgainWhenTheKeptParseIsTaken()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            var second = folder.Write("second.txt", "Another article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml);

            var kept = ManifestReader.ReadAndKeep(path, out var keptIssues);
            Assert.Empty(keptIssues);
            File.Delete(second);
            var read = ManifestReader.ReadWithIssues(path, out var issues);
            Assert.Same(kept, read);
            Assert.Equal("FileNotFound", Assert.Single(issues).Code);
            Assert.Equal(ManifestValidator.Validate(path, checkWithReader: false).Select(i => i.ToString()), issues.Select(i => i.ToString()));
        }

        [Fact]
        public void AnotherPathOrAnotherFileLeavesTheKeptParse()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            folder.Write("second.txt", "Another article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml);
            var other = folder.Write("other.yaml", Yaml);

            var kept = ManifestReader.ReadAndKeep(path, out _);
            // Another file with the same bytes does not take it.
            Assert.NotSame(kept, ManifestReader.ReadWithIssues(other, out _));
            // Nor the same file by another spelling of its path (the manifest carries the path it was read by).
            var spelt = Path.Combine(folder.Path, ".", "corpus.yaml");
            var bySpelling = ManifestReader.ReadWithIssues(spelt, out _);
            Assert.NotSame(kept, bySpelling);
            Assert.Equal(spelt, bySpelling.Path);
            Assert.Same(kept, ManifestReader.ReadWithIssues(path, out _));
        }

        [Fact]
        public void AFolderReadAfterTheWarmUpStillHasItsManifestWarnings()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml + "    peeple: [Ann Lee]\n");
            var expected = new CorpusReader().ManifestFor(folder.Path, out var expectedProblems);

            var kept = ManifestYaml.Reader.ReadAndKeep(path, out _);
            var manifest = new CorpusReader().ManifestFor(folder.Path, out var problems);
            Assert.Same(kept, manifest);
            Assert.NotEmpty(problems);
            Assert.Equal(expectedProblems.Select(p => p.Kind + " " + p.Path + " " + p.Message), problems.Select(p => p.Kind + " " + p.Path + " " + p.Message));
            Assert.Equal(expected.Path, manifest.Path);
        }

        /// <summary>How long a test lets a read that must wait run before it checks that the read is still waiting.</summary>
        private const int StillWaitingMilliseconds = 200;

        [Fact]
        public async Task AReadWhileTheWarmUpReadsTheSameFileWaitsForItsParse()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            folder.Write("second.txt", "Another article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml);

            // The warm-up has begun to read the file: a command's read waits instead of parsing it a second time.
            var reading = ManifestReader.KeptParse.BeginReading(path);
            Assert.True(ManifestReader.KeptParse.IsBeingRead(path));
            var command = Task.Run(() => ManifestReader.ReadWithIssues(path, out _));
            Assert.NotSame(command, await Task.WhenAny(command, Task.Delay(StillWaitingMilliseconds)));
            var kept = ManifestReader.ReadAndKeep(path, out _);
            ManifestReader.KeptParse.EndReading(path, reading);
            Assert.Same(kept, await command);
            Assert.False(ManifestReader.KeptParse.IsBeingRead(path));
            Assert.False(ManifestReader.KeptParse.IsKept(path));
        }

        [Fact]
        public async Task AReadAfterAWarmUpReadThatKeptNothingParsesTheFileItself()
        {
            using var folder = new TempFolder();
            folder.Write("first.txt", "An article of our own.\n");
            folder.Write("second.txt", "Another article of our own.\n");
            var path = folder.Write("corpus.yaml", Yaml);

            var reading = ManifestReader.KeptParse.BeginReading(path);
            var command = Task.Run(() => ManifestReader.ReadWithIssues(path, out _));
            Assert.NotSame(command, await Task.WhenAny(command, Task.Delay(StillWaitingMilliseconds)));
            // The warm-up's read ended without a parse (a manifest it could not read): the command reads the file.
            ManifestReader.KeptParse.EndReading(path, reading);
            Assert.Equal("The Morning Post", (await command).Documents[0].Outlet);
            Assert.False(ManifestReader.KeptParse.IsBeingRead(path));
        }
    }
}
