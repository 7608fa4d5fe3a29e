using System.IO;

namespace IncidentTools.Corpus
{
    /// <summary>Where a folder's manifest is.</summary>
    internal static class ManifestFiles
    {
        public static readonly string[] FileNames = { "corpus.yaml", "corpus.yml" };

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
