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
        /// On .NET Framework (Windows PowerShell 5.1) AssemblyLoadContext is in no assembly: a type of the module built on it
        /// (a subclass, a field, a parameter) would fail Assembly.GetTypes() there, and with it any reading of the module's
        /// types. So no type of the assembly names it; the load context is made through reflection and held as an object
        /// (NetFrameworkLoadTests checks the whole staged build against .NET Framework 4.7.2).
        /// </summary>
        [Fact]
        public void NoTypeIsBuiltOnTheLoadContext()
        {
            var assembly = typeof(IncidentCorpus).Assembly;
            var all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var type in assembly.GetTypes())
            {
                Assert.False(typeof(AssemblyLoadContext).IsAssignableFrom(type), type.FullName);
                Assert.DoesNotContain(type.GetFields(all), f => typeof(AssemblyLoadContext).IsAssignableFrom(f.FieldType));
                Assert.DoesNotContain(type.GetMethods(all), m => m.GetParameters().Any(p => typeof(AssemblyLoadContext).IsAssignableFrom(p.ParameterType)));
            }
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == "System.Runtime.Loader");
        }

        [Fact]
        public void TheStagedDependenciesLoadInTheirOwnContextAndShareIncidentTools()
        {
            var dependencies = Path.Combine(TestPaths.RepoRoot, "out", "IncidentTools", Corpus.ManifestYaml.DependenciesFolder);
            Assert.True(Directory.Exists(dependencies), "dotnet build did not stage " + dependencies);
            var isolated = Corpus.IsolatedLoadContext.TryCreate(dependencies, typeof(IncidentCorpus).Assembly);
            Assert.NotNull(isolated); // .NET has the public constructor of a named load context
            var context = Assert.IsAssignableFrom<AssemblyLoadContext>(isolated!.Context);
            Assert.Equal(Corpus.IsolatedLoadContext.ContextName, context.Name);
            Assert.NotSame(AssemblyLoadContext.Default, context);
            var reader = isolated.LoadFromAssemblyName(new AssemblyName(Corpus.ManifestYaml.AssemblyName));
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(reader));
            var yaml = isolated.LoadFromAssemblyName(new AssemblyName("YamlDotNet"));
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(yaml));
            Assert.NotSame(typeof(YamlDotNet.Core.Parser).Assembly, yaml); // not the test's own YamlDotNet
            // The reader's own reference binds to the context's YamlDotNet, though the default context has one already.
            Assert.Same(yaml, context.LoadFromAssemblyName(reader.GetReferencedAssemblies().Single(a => a.Name == "YamlDotNet")));
            Assert.Same(typeof(IncidentCorpus).Assembly, isolated.LoadFromAssemblyName(new AssemblyName("IncidentTools")));
            Assert.Same(typeof(IncidentCorpus).Assembly, context.LoadFromAssemblyName(new AssemblyName("IncidentTools")));

            // The reader from the other context returns this context's CorpusManifest.
            var type = reader.GetType(Corpus.ManifestYaml.ReaderType, throwOnError: true)!;
            var instance = (Corpus.IManifestReader)System.Activator.CreateInstance(type, nonPublic: true)!;
            var manifest = instance.Read(Path.Combine(TestPaths.Seeds, "corpus.yaml"));
            Assert.Equal(new[] { "United States", "Pakistan", "Independent" }, manifest.Parties.Select(p => p.Name));
        }
    }
}
