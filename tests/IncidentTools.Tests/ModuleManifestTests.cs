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
            // The root module is the script that loads the build for the PowerShell it runs in (IncidentTools.psm1).
            Assert.Equal("out/IncidentTools/IncidentTools.psm1", Values("RootModule").Single());
            Assert.Equal("IncidentTools.psm1", Values("RootModule", staged: true).Single());
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
            // Both builds of the engine the root module chooses from: netstandard2.0 at the root, net8.0 in net8.0/;
            // each with the manifest reader and its YamlDotNet in the folder its own load context reads (not beside IncidentTools.dll).
            foreach (var build in new[] { "", "net8.0" })
            {
                var folder = Path.Combine(StagedModule, build);
                Assert.True(File.Exists(Path.Combine(folder, "IncidentTools.dll")), $"not staged: {build}/IncidentTools.dll");
                Assert.True(File.Exists(Path.Combine(folder, "Dependencies", "IncidentTools.Yaml.dll")), $"not staged: {build}/Dependencies/IncidentTools.Yaml.dll");
                Assert.True(File.Exists(Path.Combine(folder, "Dependencies", "YamlDotNet.dll")), $"not staged: {build}/Dependencies/YamlDotNet.dll");
                Assert.False(File.Exists(Path.Combine(folder, "YamlDotNet.dll")), $"YamlDotNet.dll beside {build}/IncidentTools.dll");
                Assert.Equal(typeof(IncidentCorpus).Assembly.GetName().Version, System.Reflection.AssemblyName.GetAssemblyName(Path.Combine(folder, "IncidentTools.dll")).Version);
            }
            Assert.True(File.Exists(Path.Combine(StagedModule, "IncidentTools.dll")) && File.ReadAllText(Path.Combine(StagedModule, "IncidentTools.psm1")).Contains("net8.0"),
                "the root module loads net8.0/IncidentTools.dll where it can");
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
