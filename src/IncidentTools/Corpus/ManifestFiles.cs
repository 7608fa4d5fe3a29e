using System.IO;

namespace IncidentTools.Corpus
{
    /// <summary>Where a folder's manifest is.</summary>
    internal static class ManifestFiles
    {
        public static readonly string[] FileNames = { "corpus.yaml", "corpus.yml" };

        /// <summary>True for a file named like a manifest (corpus.yaml, corpus.yml): never an article.</summary>
        public static bool IsManifest(string file) =>
            System.Array.Exists(FileNames, n => string.Equals(n, Path.GetFileName(file), System.StringComparison.OrdinalIgnoreCase));

        public static string? FindIn(string folder)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }
    }
}
