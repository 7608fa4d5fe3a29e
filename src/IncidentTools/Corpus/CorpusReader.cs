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
        private readonly Dictionary<string, string> _ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Func<string, Stream> _openFile;

        /// <summary>The largest article file read, in bytes (16 MiB): a larger file is a FileTooLarge problem, not read.</summary>
        public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

        public CorpusReader() : this(OpenForReading) { }

        /// <summary>For tests: a reader that opens files through <paramref name="openFile"/> (to simulate I/O failures).</summary>
        internal CorpusReader(Func<string, Stream> openFile)
        {
            _openFile = openFile;
        }

        /// <summary>The largest article file this reader reads, in bytes; default <see cref="DefaultMaxFileBytes"/>.</summary>
        public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

        /// <summary>The file extensions a folder's articles have.</summary>
        public static IReadOnlyList<string> ArticleExtensions { get; } = new[] { ".txt" };

        /// <summary>Every manifest met so far, by folder.</summary>
        public IEnumerable<CorpusManifest> Manifests => _manifests.Values;

        /// <summary>Told what is read from where and why anything is skipped (a cmdlet's -Verbose).</summary>
        public Action<string>? Verbose { get; set; }

        /// <summary>Told how many article files a folder holds, before they are read (a cmdlet's progress).</summary>
        public Action<int>? FilesAhead { get; set; }

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

        /// <summary>
        /// The manifest for a folder, read once; the first time, its problems: an error when it does
        /// not parse or exceeds a limit, warnings for entries refused and for what its schema does not
        /// know (ManifestValidator, in IncidentTools.Yaml).
        /// </summary>
        internal CorpusManifest ManifestFor(string folder, out IReadOnlyList<CorpusProblem> problems)
        {
            problems = Array.Empty<CorpusProblem>();
            if (_manifests.TryGetValue(folder, out var known)) return known;
            var manifest = CorpusManifest.Empty;
            var file = Corpus.ManifestFiles.FindIn(folder);
            var found = new List<CorpusProblem>();
            if (file != null)
            {
                try
                {
                    manifest = Corpus.ManifestChecks.Refuse(Corpus.ManifestYaml.Reader.Read(file), folder, found);
                    Verbose?.Invoke($"Read the manifest '{file}': {manifest.Documents.Count} documents entries, {manifest.Parties.Count} parties, {manifest.Questions.Count} questions.");
                    foreach (var issue in Corpus.ManifestYaml.Reader.Validate(file, checkWithReader: false))
                        found.Add(new CorpusProblem(CorpusProblemKind.ManifestWarning, file, issue.ToString()));
                }
                catch (ManifestException ex)
                {
                    var kind = ex.LimitExceeded ? CorpusProblemKind.ManifestLimitExceeded : CorpusProblemKind.ManifestInvalid;
                    found.Add(new CorpusProblem(kind, file, "The manifest cannot be read: " + ex.Message + " The articles are read without it; Test-IncidentManifest lists every issue.", ex));
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is Corpus.NotTextException)
                {
                    found.Add(new CorpusProblem(CorpusProblemKind.ManifestInvalid, file, $"The manifest '{file}' cannot be read: {ex.Message}", ex));
                }
            }
            else
            {
                Verbose?.Invoke($"No manifest (corpus.yaml) in '{folder}': outlets, dates and ids come from the articles' text, and there are no parties or questions.");
            }
            _manifests[folder] = manifest;
            problems = found;
            return manifest;
        }

        private IEnumerable<CorpusReadResult> ReadFolder(string folder)
        {
            var manifest = ManifestFor(folder, out var manifestProblems);
            foreach (var mp in manifestProblems) yield return new CorpusReadResult(null, mp);
            string[] files;
            CorpusProblem? problem = null;
            string[] all = Array.Empty<string>();
            try
            {
                all = Directory.GetFiles(folder);
                files = all
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToArray();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                files = Array.Empty<string>();
                problem = new CorpusProblem(CorpusProblemKind.ReadFailed, folder, $"Cannot list the folder '{folder}': {ex.Message}", ex);
            }
            if (problem != null)
            {
                yield return new CorpusReadResult(null, problem);
                yield break;
            }
            if (Verbose != null)
            {
                Verbose($"Reading the folder '{folder}': {files.Length} article files ({string.Join(", ", ArticleExtensions.Select(e => "*" + e))}).");
                var others = all.Where(f => !files.Contains(f) && !Corpus.ManifestFiles.IsManifest(f)).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                if (others.Length > 0)
                    Verbose($"Skipping {others.Length} other files of '{folder}' (not {string.Join(", ", ArticleExtensions.Select(e => "*" + e))}): {string.Join(", ", others.Take(10))}{(others.Length > 10 ? ", …" : "")}.");
            }
            FilesAhead?.Invoke(files.Length);
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
            if (manifest == null)
            {
                // A file named on its own (-Path a.txt, Get-ChildItem | …): the manifest is the folder's,
                // never an article, whichever way it arrives.
                if (Corpus.ManifestFiles.IsManifest(file))
                {
                    Verbose?.Invoke($"Skipping '{file}': it is the folder's manifest, not an article; it applies to the articles of its folder.");
                    yield break;
                }
                FilesAhead?.Invoke(1);
            }
            if (!_readFiles.Add(file))
            {
                Verbose?.Invoke($"Skipping '{file}': it was read already in this command.");
                yield break;
            }
            if (manifest == null)
            {
                manifest = ManifestFor(Path.GetDirectoryName(file)!, out var manifestProblems);
                foreach (var mp in manifestProblems) yield return new CorpusReadResult(null, mp);
            }

            Corpus.DecodedText decoded;
            CorpusProblem? failure = null;
            try
            {
                decoded = Corpus.TextDecoder.Decode(ReadBytes(file));
            }
            catch (Corpus.NotTextException ex)
            {
                decoded = default;
                failure = new CorpusProblem(CorpusProblemKind.NotText, file, $"'{file}' is not a text file: {ex.Message}.", ex);
            }
            catch (FileTooLargeException ex)
            {
                decoded = default;
                failure = new CorpusProblem(CorpusProblemKind.FileTooLarge, file, ex.Message, ex);
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                // Listed, then gone before it was read (deleted or moved meanwhile).
                decoded = default;
                failure = new CorpusProblem(CorpusProblemKind.NotFound, file, $"Cannot read '{file}': it no longer exists ({ex.Message})", ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                decoded = default;
                failure = new CorpusProblem(CorpusProblemKind.AccessDenied, file, $"Cannot read '{file}': access is denied ({ex.Message})", ex);
            }
            catch (IOException ex)
            {
                // Locks, I/O errors, and symbolic links that loop ("Too many levels of symbolic links").
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
            if (_ids.TryGetValue(doc.Id, out var first))
                yield return Problem(CorpusProblemKind.DuplicateId, file, $"'{file}' has the id '{doc.Id}' of '{first}', read before it; both are read, but -Id and version comparison cannot tell them apart (give one an 'id:' in corpus.yaml).");
            else
                _ids[doc.Id] = file;
            Verbose?.Invoke($"Read '{file}' as '{doc.Id}' ({decoded.Encoding}, {doc.Paragraphs.Count} paragraphs{(entry != null ? ", with its manifest entry" : "")}).");
            yield return new CorpusReadResult(doc, null);
        }

        /// <summary>Reads a whole file, at most <see cref="MaxFileBytes"/> of it (the length is checked while reading, so a growing file is bounded too).</summary>
        private byte[] ReadBytes(string file)
        {
            using var stream = _openFile(file);
            long max = MaxFileBytes;
            if (stream.CanSeek && stream.Length > max) throw new FileTooLargeException(file, stream.Length, max);
            var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, max) : 81920);
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > max) throw new FileTooLargeException(file, buffer.Length + n, max);
                buffer.Write(chunk, 0, n);
            }
            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }

        private static Stream OpenForReading(string file) =>
            new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan);

        private static CorpusReadResult Problem(CorpusProblemKind kind, string path, string message) =>
            new CorpusReadResult(null, new CorpusProblem(kind, path, message));
    }

    /// <summary>A file over the reader's size limit.</summary>
    internal sealed class FileTooLargeException : IOException
    {
        public FileTooLargeException(string file, long bytes, long max)
            : base($"'{file}' is larger than {max / (1024 * 1024)} MiB (at least {bytes:N0} bytes), the largest article file read; split it or leave it out of the corpus folder.")
        {
        }
    }
}
