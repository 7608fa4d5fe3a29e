using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Xunit;

namespace IncidentTools.Tests.Reliability
{
    /// <summary>
    /// The main assembly does not reference YamlDotNet (so nothing it loads drags YamlDotNet into the
    /// default context); the module's load context serves YamlDotNet from its folder and gives
    /// IncidentTools back as the one already loaded. (pester/Coexistence.Tests.ps1 shows it in PowerShell 7.)
    /// </summary>
    public class ManifestIsolationTests
    {
        [Fact]
        public void TheMainAssemblyDoesNotReferenceYamlDotNet()
        {
            var references = typeof(IncidentCorpus).Assembly.GetReferencedAssemblies().Select(a => a.Name);
            Assert.DoesNotContain("YamlDotNet", references);
            Assert.DoesNotContain("IncidentTools.Yaml", references);
        }

        /// <summary>
        /// On .NET Framework (Windows PowerShell 5.1) AssemblyLoadContext is in no assembly: a public type built on it
        /// would fail PowerShell's reading of the module's public types, and the completers' look-up of a cmdlet's
        /// parameters (which reads the public types alone, not every type, for that reason).
        /// </summary>
        [Fact]
        public void NoPublicTypeIsBuiltOnTheLoadContext()
        {
            var assembly = typeof(IncidentCorpus).Assembly;
            Assert.DoesNotContain(assembly.GetExportedTypes(), t => typeof(AssemblyLoadContext).IsAssignableFrom(t));
            Assert.False(typeof(Corpus.IsolatedLoadContext).IsVisible);
        }

        [Fact]
        public void TheStagedDependenciesLoadInTheirOwnContextAndShareIncidentTools()
        {
            var dependencies = Path.Combine(TestPaths.RepoRoot, "out", "IncidentTools", Corpus.ManifestYaml.DependenciesFolder);
            Assert.True(Directory.Exists(dependencies), "dotnet build did not stage " + dependencies);
            var context = new Corpus.IsolatedLoadContext(dependencies);
            var reader = context.LoadFromAssemblyName(new AssemblyName(Corpus.ManifestYaml.AssemblyName));
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(reader));
            var yaml = context.LoadFromAssemblyName(new AssemblyName("YamlDotNet"));
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(yaml));
            Assert.NotSame(typeof(YamlDotNet.Core.Parser).Assembly, yaml); // not the test's own YamlDotNet
            Assert.Same(typeof(IncidentCorpus).Assembly, context.LoadFromAssemblyName(new AssemblyName("IncidentTools")));

            // The reader from the other context returns this context's CorpusManifest.
            var type = reader.GetType(Corpus.ManifestYaml.ReaderType, throwOnError: true)!;
            var instance = (Corpus.IManifestReader)System.Activator.CreateInstance(type, nonPublic: true)!;
            var manifest = instance.Read(Path.Combine(TestPaths.Seeds, "corpus.yaml"));
            Assert.Equal(new[] { "United States", "Pakistan", "Independent" }, manifest.Parties.Select(p => p.Name));
        }
    }
}
