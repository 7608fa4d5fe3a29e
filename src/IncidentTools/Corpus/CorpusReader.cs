using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools
{
    /// <summary>One step of reading a corpus: a document, or a problem with one input.</summary>
    public sealed class CorpusReadResult
    {
        internal CorpusReadResult(IncidentDocument? document, CorpusProblem? problem)
        {
            Document = document;
            Problem = problem;
        }

        public IncidentDocument? Document { get; }
        public CorpusProblem? Problem { get; }
    }

    /// <summary>
    /// Reads article files lazily, one at a time, so that a caller (a cmdlet) can write
    /// each document as soon as it is read. Folders give their *.txt files in name order,
    /// with the folder's corpus.yaml applied; files are read as given.
    /// </summary>
    public sealed class CorpusReader
    {
        private readonly Dictionary<string, CorpusManifest> _manifests = new Dictionary<string, CorpusManifest>(StringComparer.Ordinal);
        private readonly Corpus.StoryGrouper _stories = new Corpus.StoryGrouper();
        private readonly HashSet<string> _readFiles = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The file extensions a folder's articles have.</summary>
        public static IReadOnlyList<string> ArticleExtensions { get; } = new[] { ".txt" };

        /// <summary>Every manifest met so far, by folder.</summary>
        public IEnumerable<CorpusManifest> Manifests => _manifests.Values;

        /// <summary>Reads each path (a folder or a file) in turn.</summary>
        public IEnumerable<CorpusReadResult> Read(IEnumerable<string> paths)
        {
            foreach (var raw in paths)
            {
                var path = Path.GetFullPath(raw);
                if (Directory.Exists(path))
                {
                    foreach (var r in ReadFolder(path)) yield return r;
                }
                else if (File.Exists(path))
                {
                    foreach (var r in ReadFile(path)) yield return r;
                }
                else
                {
                    yield return Problem(CorpusProblemKind.NotFound, path, $"Cannot find path '{path}' because it does not exist.");
                }
            }
        }

        /// <summary>The manifest for a folder, read once; a problem when it does not parse.</summary>
        internal CorpusManifest ManifestFor(string folder, out CorpusProblem? problem)
        {
            problem = null;
            if (_manifests.TryGetValue(folder, out var known)) return known;
            var manifest = CorpusManifest.Empty;
            var file = Corpus.ManifestReader.FindIn(folder);
            if (file != null)
            {
                try
                {
                    manifest = Corpus.ManifestReader.Read(file);
                }
                catch (ManifestException ex)
                {
                    problem = new CorpusProblem(CorpusProblemKind.ManifestInvalid, file, "The manifest cannot be read: " + ex.Message, ex);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is Corpus.NotTextException)
                {
                    problem = new CorpusProblem(CorpusProblemKind.ManifestInvalid, file, $"The manifest '{file}' cannot be read: {ex.Message}", ex);
                }
            }
            _manifests[folder] = manifest;
            return manifest;
        }

        private IEnumerable<CorpusReadResult> ReadFolder(string folder)
        {
            var manifest = ManifestFor(folder, out var problem);
            if (problem != null) yield return new CorpusReadResult(null, problem);
            string[] files;
            try
            {
                files = Directory.GetFiles(folder)
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToArray();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                files = Array.Empty<string>();
                problem = new CorpusProblem(CorpusProblemKind.ReadFailed, folder, $"Cannot list the folder '{folder}': {ex.Message}", ex);
            }
            if (problem != null && problem.Kind == CorpusProblemKind.ReadFailed)
            {
                yield return new CorpusReadResult(null, problem);
                yield break;
            }
            if (files.Length == 0)
            {
                yield return Problem(CorpusProblemKind.NoArticles, folder, $"The folder '{folder}' holds no article files ({string.Join(", ", ArticleExtensions.Select(e => "*" + e))}).");
                yield break;
            }
            foreach (var file in files)
                foreach (var r in ReadFile(file, manifest)) yield return r;
        }

        private IEnumerable<CorpusReadResult> ReadFile(string file, CorpusManifest? manifest = null)
        {
            if (!_readFiles.Add(file)) yield break; // the same file named twice is read once
            if (manifest == null)
            {
                manifest = ManifestFor(Path.GetDirectoryName(file)!, out var mp);
                if (mp != null) yield return new CorpusReadResult(null, mp);
            }

            Corpus.DecodedText decoded;
            CorpusProblem? failure = null;
            try
            {
                decoded = Corpus.TextDecoder.Decode(File.ReadAllBytes(file));
            }
            catch (Corpus.NotTextException ex)
            {
                decoded = default;
                failure = new CorpusProblem(CorpusProblemKind.NotText, file, $"'{file}' is not a text file: {ex.Message}.", ex);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                decoded = default;
                failure = new CorpusProblem(CorpusProblemKind.ReadFailed, file, $"Cannot read '{file}': {ex.Message}", ex);
            }
            if (failure != null)
            {
                yield return new CorpusReadResult(null, failure);
                yield break;
            }

            if (decoded.UsedFallback)
                yield return Problem(CorpusProblemKind.EncodingFallback, file, $"'{file}' is not valid UTF-8; it was read as Windows-1252.");
            if (decoded.Text.Trim().Length == 0)
                yield return Problem(CorpusProblemKind.EmptyFile, file, $"'{file}' holds no text.");

            var entry = manifest.FindDocument(Path.GetFileName(file));
            var doc = Corpus.DocumentParser.Parse(Path.GetFileNameWithoutExtension(file), file, decoded, entry);
            _stories.Assign(doc, entry?.StoryId);
            yield return new CorpusReadResult(doc, null);
        }

        private static CorpusReadResult Problem(CorpusProblemKind kind, string path, string message) =>
            new CorpusReadResult(null, new CorpusProblem(kind, path, message));
    }
}
