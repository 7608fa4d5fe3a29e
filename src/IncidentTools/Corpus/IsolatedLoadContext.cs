using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// The module's own load context on .NET (PowerShell 7): loads IncidentTools.Yaml.dll and its
    /// YamlDotNet.dll from the module's Dependencies folder, gives IncidentTools.dll back as the
    /// assembly already loaded (so both sides share CorpusManifest and the reader interface), and
    /// leaves everything else (the framework) to the default context. Never touched on .NET Framework.
    /// </summary>
    internal sealed class IsolatedLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public IsolatedLoadContext(string folder) => _folder = folder;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (string.Equals(assemblyName.Name, "IncidentTools", StringComparison.OrdinalIgnoreCase))
                return typeof(IsolatedLoadContext).Assembly;
            var file = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(file) ? LoadFromAssemblyPath(file) : null;
        }
    }
}
