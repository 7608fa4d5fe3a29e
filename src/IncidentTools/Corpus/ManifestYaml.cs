using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace IncidentTools.Corpus
{
    /// <summary>Reads and checks manifest files into this project's plain types; implemented in IncidentTools.Yaml.dll.</summary>
    internal interface IManifestReader
    {
        /// <summary>The manifest; a ManifestException at the first error.</summary>
        CorpusManifest Read(string path);

        /// <summary>
        /// The manifest (a ManifestException at the first error, as <see cref="Read"/>) and the issues
        /// <see cref="Validate"/> finds without the reader's own checks, from one parse of the file.
        /// </summary>
        CorpusManifest ReadWithIssues(string path, out System.Collections.Generic.IReadOnlyList<ManifestIssue> issues);

        /// <summary>
        /// As <see cref="ReadWithIssues"/>, for the module's warm-up: the parse is kept for the next
        /// <see cref="ReadWithIssues"/> of the same path with the same bytes, which takes it (once) instead of parsing
        /// again; its issues are found anew.
        /// </summary>
        CorpusManifest ReadAndKeep(string path, out System.Collections.Generic.IReadOnlyList<ManifestIssue> issues);

        /// <summary>Every issue of the manifest at once (ManifestValidator).</summary>
        System.Collections.Generic.IReadOnlyList<ManifestIssue> Validate(string path, bool checkWithReader);
    }

    /// <summary>
    /// Finds the manifest reader, the one part of the module that uses YamlDotNet, so that the
    /// module coexists with other modules that carry their own YamlDotNet (the pattern of Rob Holt's
    /// "Resolving PowerShell module assembly dependency conflicts"):
    /// <list type="bullet">
    /// <item>The staged module keeps IncidentTools.Yaml.dll and YamlDotNet.dll in a Dependencies
    /// folder, where the default load context never looks. On .NET (PowerShell 7) they are loaded into
    /// a load context of their own (<see cref="IsolatedLoadContext"/>), which binds IncidentTools.dll
    /// to the assembly already loaded, so the reader returns the same CorpusManifest type the
    /// cmdlets use, whatever YamlDotNet the session has loaded before or loads after.</item>
    /// <item>On .NET Framework (Windows PowerShell 5.1) there are no load contexts: the two assemblies
    /// are loaded from the Dependencies folder through AssemblyResolve, into the one AppDomain.</item>
    /// <item>Without a Dependencies folder (an application or test that references IncidentTools.Yaml
    /// directly), the reader is loaded by name as an ordinary dependency.</item>
    /// </list>
    /// </summary>
    internal static class ManifestYaml
    {
        public const string AssemblyName = "IncidentTools.Yaml";
        public const string ReaderType = "IncidentTools.Corpus.YamlManifestReader";
        public const string DependenciesFolder = "Dependencies";

        private static readonly TracedLazy<IManifestReader> s_reader = new TracedLazy<IManifestReader>(Create);

        public static IManifestReader Reader => s_reader.Value;

        /// <summary>The assembly the reader was loaded from (for tests: which load context holds it).</summary>
        public static Assembly ReaderAssembly => Reader.GetType().Assembly;

        private static IManifestReader Create()
        {
            Assembly assembly;
            try
            {
                var here = Path.GetDirectoryName(typeof(ManifestYaml).Assembly.Location) ?? ".";
                var dependencies = Path.Combine(here, DependenciesFolder);
                if (!File.Exists(Path.Combine(dependencies, AssemblyName + ".dll")))
                    assembly = Assembly.Load(new AssemblyName(AssemblyName));
                else if (IsDotNetFramework)
                    assembly = LoadThroughAssemblyResolve(dependencies);
                else
                    assembly = LoadIsolated(dependencies);
                StartupTrace.Mark("manifest reader: assembly loaded");
                var type = assembly.GetType(ReaderType, throwOnError: true)!;
                var reader = (IManifestReader)Activator.CreateInstance(type, nonPublic: true)!;
                StartupTrace.Mark("manifest reader: created");
                return reader;
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                throw new FileLoadException($"The manifest reader ({AssemblyName}.dll with YamlDotNet.dll) cannot be loaded: {ex.Message}", ex);
            }
        }

        private static bool IsDotNetFramework =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        // .NET Core before 3.0 has no public constructor of a named load context: there, as on .NET Framework.
        private static Assembly LoadIsolated(string dependencies) =>
            IsolatedLoadContext.TryCreate(dependencies, typeof(ManifestYaml).Assembly)?.LoadFromAssemblyName(new AssemblyName(AssemblyName))
            ?? LoadThroughAssemblyResolve(dependencies);

        private static Assembly LoadThroughAssemblyResolve(string dependencies)
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
            {
                var name = new AssemblyName(args.Name).Name;
                if (string.Equals(name, "IncidentTools", StringComparison.OrdinalIgnoreCase)) return typeof(ManifestYaml).Assembly;
                if (!string.Equals(name, AssemblyName, StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "YamlDotNet", StringComparison.OrdinalIgnoreCase)) return null;
                // Only for requests from IncidentTools itself or from its reader: another module's YamlDotNet is not ours to give.
                var requester = args.RequestingAssembly?.GetName().Name;
                if (requester != null && requester != "IncidentTools" && requester != AssemblyName) return null;
                var file = Path.Combine(dependencies, name + ".dll");
                return File.Exists(file) ? Assembly.LoadFrom(file) : null;
            };
            return Assembly.Load(new AssemblyName(AssemblyName));
        }
    }
}
