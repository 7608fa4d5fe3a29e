using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Refuses manifest entries that cannot be honoured, each with a warning: a <c>documents:</c>
    /// entry whose file lies outside the corpus folder (a manifest never makes the module read or
    /// describe a file elsewhere), and a second entry for a file already listed (the first is kept).
    /// </summary>
    internal static class ManifestChecks
    {
        public static CorpusManifest Refuse(CorpusManifest manifest, string folder, List<CorpusProblem> warnings)
        {
            var kept = new List<DocumentEntry>(manifest.Documents.Count);
            var files = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var where = manifest.Path ?? folder;
            foreach (var entry in manifest.Documents)
            {
                if (!IsInFolder(folder, entry.File))
                {
                    warnings.Add(new CorpusProblem(CorpusProblemKind.ManifestEntryRefused, where,
                        $"{where}: the documents entry '{entry.File}' names a file outside the corpus folder '{folder}'; it is ignored (a manifest describes only the files beside it)."));
                    continue;
                }
                if (!files.Add(Path.GetFileName(entry.File)))
                {
                    warnings.Add(new CorpusProblem(CorpusProblemKind.ManifestEntryRefused, where,
                        $"{where}: the file '{entry.File}' is listed twice under documents; the first entry is used."));
                    continue;
                }
                kept.Add(entry);
            }
            return kept.Count == manifest.Documents.Count
                ? manifest
                : new CorpusManifest(manifest.Path, manifest.Incident, kept, manifest.Parties, manifest.Questions);
        }

        /// <summary>True when the entry names a file directly in the folder (a bare name, or a relative path that resolves there).</summary>
        internal static bool IsInFolder(string folder, string file)
        {
            if (string.IsNullOrWhiteSpace(file) || file.IndexOf('\0') >= 0) return false;
            string full;
            try
            {
                // Both separators, whatever the platform: a manifest written on Windows is read on Linux too.
                full = Path.GetFullPath(Path.Combine(folder, file.Replace('\\', '/').Replace('/', Path.DirectorySeparatorChar)));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return false;
            }
            var dir = Path.GetDirectoryName(full);
            return dir != null && string.Equals(
                Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar),
                Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar),
                StringComparison.Ordinal);
        }
    }
}
