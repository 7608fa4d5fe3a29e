using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools.Fuzz
{
    /// <summary>
    /// One round of the fuzzer: a scratch folder with the seed manifest (so parties, questions,
    /// claims and comparisons are exercised) and a batch of damaged articles, checked by
    /// <see cref="PipelineCheck"/>. A round is reproduced by its seed.
    /// </summary>
    public static class FuzzRun
    {
        /// <summary>The articles the fuzzer damages: the seeds, the test data written for this project, and the shared development set when it is there (read in place, never copied).</summary>
        public static IReadOnlyList<string> FindInputs(string repoRoot)
        {
            var files = new List<string>();
            files.AddRange(Directory.GetFiles(Path.Combine(repoRoot, "seeds"), "*.txt"));
            var data = Path.Combine(repoRoot, "tests", "IncidentTools.Tests", "Data");
            if (Directory.Exists(data)) files.AddRange(Directory.GetFiles(data, "*.txt", SearchOption.AllDirectories));
            var devset = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "devset", "news-texts"));
            if (Directory.Exists(devset)) files.AddRange(Directory.GetFiles(devset, "*.txt"));
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        /// <summary>The repository root above a directory (the folder that holds IncidentTools.psd1).</summary>
        public static string FindRepoRoot(string from)
        {
            var dir = new DirectoryInfo(from);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IncidentTools.psd1"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + from);
        }

        /// <summary>
        /// Writes <paramref name="batch"/> damaged articles and the manifest into a fresh folder under
        /// <paramref name="scratch"/>, checks them, and returns the folder's files (to save on failure).
        /// </summary>
        public static Dictionary<string, byte[]> Round(int seed, IReadOnlyList<string> articles, string manifestYaml, int batch, int maxMutations, PipelineCheck check, string scratch, List<string>? applied = null)
        {
            var random = new Random(seed);
            var folder = Path.Combine(scratch, "round-" + seed);
            Directory.CreateDirectory(folder);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            try
            {
                File.WriteAllText(Path.Combine(folder, "corpus.yaml"), manifestYaml);
                for (int i = 0; i < batch; i++)
                {
                    var article = articles[random.Next(articles.Count)];
                    var bytes = ArticleMutator.Mutate(article, random, maxMutations, applied);
                    var name = $"m{i:000}.txt";
                    File.WriteAllBytes(Path.Combine(folder, name), bytes);
                    files[name] = bytes;
                }
                check.Run(folder, files);
                files["corpus.yaml"] = System.Text.Encoding.UTF8.GetBytes(manifestYaml);
                return files;
            }
            finally
            {
                try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }
}
