using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>The hand-written IncidentTools.psd1 against the assembly and the staged module folder.</summary>
    public class ModuleManifestTests
    {
        private static string ManifestText => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "IncidentTools.psd1"));

        private static string StagedManifestText => File.ReadAllText(Path.Combine(StagedModule, "IncidentTools.psd1"));

        private static string StagedModule => Path.Combine(TestPaths.RepoRoot, "out", "IncidentTools");

        /// <summary>The quoted strings of one key's value: a single 'x' or an @( 'a' 'b' ) list.</summary>
        internal static string[] Values(string key, bool staged = false)
        {
            var m = Regex.Match(staged ? StagedManifestText : ManifestText, @"^\s*" + key + @"\s*=\s*(?:@\((?<list>[^)]*)\)|'(?<one>[^']*)')", RegexOptions.Multiline);
            Assert.True(m.Success, $"the manifest has no {key}");
            if (m.Groups["one"].Success) return new[] { m.Groups["one"].Value };
            return Regex.Matches(m.Groups["list"].Value, @"'([^']*)'").Cast<Match>().Select(x => x.Groups[1].Value).ToArray();
        }

        [Fact]
        public void CmdletsToExportIsExactlyTheCmdletsInTheAssembly()
        {
            var declared = Values("CmdletsToExport").OrderBy(x => x).ToArray();
            var compiled = CmdletMetadata.CmdletTypes().Select(CmdletMetadata.CmdletName).OrderBy(x => x).ToArray();
            Assert.Equal(compiled, declared);
        }

        [Fact]
        public void ManifestHasTheRequiredKeys()
        {
            // The repository's manifest leads to the build output and the sources; the staged copy to its own folder.
            Assert.Equal("out/IncidentTools/IncidentTools.dll", Values("RootModule").Single());
            Assert.Equal("IncidentTools.dll", Values("RootModule", staged: true).Single());
            Assert.All(Values("FormatsToProcess"), f => Assert.StartsWith("src/IncidentTools/Formats/", f));
            Assert.Equal(Values("FormatsToProcess").Select(f => f.Substring("src/IncidentTools/".Length)), Values("FormatsToProcess", staged: true));
            Assert.Equal(Values("CmdletsToExport"), Values("CmdletsToExport", staged: true));
            Assert.Matches(@"^\d+\.\d+\.\d+$", Values("ModuleVersion").Single());
            Assert.True(Guid.TryParse(Values("GUID").Single(), out _));
            Assert.NotEmpty(Values("Author").Single());
            Assert.NotEmpty(Values("Description").Single());
            Assert.Equal(new[] { "Desktop", "Core" }, Values("CompatiblePSEditions"));
            Assert.Equal("5.1", Values("PowerShellVersion").Single());
            Assert.NotEmpty(Values("FormatsToProcess"));
            Assert.NotEmpty(Values("Tags"));
            Assert.Empty(Values("FunctionsToExport"));
            Assert.Empty(Values("AliasesToExport"));
        }

        [Fact]
        public void ModuleVersionMatchesTheAssembly()
        {
            var version = typeof(IncidentCorpus).Assembly.GetName().Version!;
            Assert.Equal(Values("ModuleVersion").Single(), $"{version.Major}.{version.Minor}.{version.Build}");
        }

        [Fact]
        public void EveryFileTheManifestNamesIsStaged()
        {
            // The build of the engine (a dependency of this test project) stages the module.
            Assert.True(Directory.Exists(StagedModule), "dotnet build did not stage " + StagedModule);
            var named = new List<string> { "IncidentTools.psd1" };
            named.AddRange(Values("RootModule", staged: true));
            named.AddRange(Values("FormatsToProcess", staged: true));
            named.Add("LICENSE");
            named.Add(Path.Combine("en-US", "about_IncidentTools.help.txt"));
            foreach (var file in named)
                Assert.True(File.Exists(Path.Combine(StagedModule, file)), "not staged: " + file);
            // The manifest reader and its YamlDotNet, in the folder the module's own load context reads (not beside IncidentTools.dll).
            Assert.True(File.Exists(Path.Combine(StagedModule, "Dependencies", "IncidentTools.Yaml.dll")), "not staged: Dependencies/IncidentTools.Yaml.dll");
            Assert.True(File.Exists(Path.Combine(StagedModule, "Dependencies", "YamlDotNet.dll")), "not staged: Dependencies/YamlDotNet.dll");
            Assert.False(File.Exists(Path.Combine(StagedModule, "YamlDotNet.dll")), "YamlDotNet.dll beside IncidentTools.dll");
            // The bundled corpus travels inside the module folder.
            var seeds = Directory.GetFiles(Path.Combine(StagedModule, "seeds")).Select(Path.GetFileName).OrderBy(x => x).ToArray();
            Assert.Contains("corpus.yaml", seeds);
            Assert.Equal(4, seeds.Count(s => s!.EndsWith(".txt")));
            // Nothing but the allow-list.
            Assert.DoesNotContain(Directory.GetFiles(StagedModule), f => f.EndsWith(".pdb") || f.EndsWith(".deps.json") || f.Contains("System.Management.Automation"));
        }

        [Fact]
        public void FormatFilesDefineAViewForEachOutputType()
        {
            var formats = string.Join("\n", Values("FormatsToProcess").Select(f => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, f))));
            foreach (var type in CmdletMetadata.CmdletTypes().SelectMany(CmdletMetadata.OutputTypes).Distinct().Where(t => t.Namespace == "IncidentTools"))
                Assert.Contains("<TypeName>" + type.FullName + "</TypeName>", formats);
        }
    }
}
