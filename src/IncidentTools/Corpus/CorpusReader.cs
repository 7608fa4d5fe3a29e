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
    /// <remarks>
    /// With <see cref="MaxDegreeOfParallelism"/> above 1, files are read, decoded and cleaned on
    /// that many threads, a few files ahead of the caller, and the results still come in input
    /// order, on the caller's thread, exactly as one at a time. The reader holds the documents
    /// being read and a small signature of each document read (for story grouping), never the
    /// documents already given. One reader serves one enumeration at a time; separate readers
    /// may be used from separate threads.
    /// </remarks>
    public sealed class CorpusReader
    {
        private readonly Dictionary<string, CorpusManifest> _manifests = new Dictionary<string, CorpusManifest>(StringComparer.Ordinal);
        private readonly Corpus.StoryGrouper _stories = new Corpus.StoryGrouper();
        // The files read so far, as names by folder (a name costs less than a full path).
        private readonly Dictionary<string, HashSet<string>> _readFiles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private int _maxDegreeOfParallelism = 1;

        /// <summary>The file extensions a folder's articles have.</summary>
        public static IReadOnlyList<string> ArticleExtensions { get; } = new[] { ".txt" };

        /// <summary>Every manifest met so far, by folder.</summary>
        public IEnumerable<CorpusManifest> Manifests => _manifests.Values;

        /// <summary>
        /// How many threads read, decode and clean files (1, the default: the caller's thread only;
        /// -1: one per processor). The results are the same, in the same order, whatever the value.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">0, or below -1.</exception>
        public int MaxDegreeOfParallelism
        {
            get => _maxDegreeOfParallelism;
            set
            {
                if (value == 0 || value < -1)
                    throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDegreeOfParallelism is a number of threads (1 or more), or -1 for one per processor.");
                _maxDegreeOfParallelism = value;
            }
        }

        /// <summary>Reads each path (a folder or a file) in turn.</summary>
        public IEnumerable<CorpusReadResult> Read(IEnumerable<string> paths)
        {
            int degree = _maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _maxDegreeOfParallelism;
            // Paths, folders and manifests are resolved in order on the caller's thread; only the
            // files themselves (read, decode, clean, signature) go to the workers.
            var loaded = Corpus.OrderedParallel.Select(Steps(paths), step => step.File == null ? step : Load(step), degree, degree * 4);
            foreach (var step in loaded)
            {
                if (step.Ready != null) yield return step.Ready;
                if (step.File == null) continue;
                foreach (var problem in step.Problems) yield return problem;
                if (step.Document != null)
                {
                    _stories.Assign(step.Document, step.Signature!, step.Entry?.StoryId);
                    yield return new CorpusReadResult(step.Document, null);
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

        /// <summary>
        /// One step of a read: a result ready as it is (a missing path, a manifest problem), or a
        /// file to read with its manifest entry, and once loaded its problems, document and signature.
        /// </summary>
        private sealed class Step
        {
            public CorpusReadResult? Ready;
            public string? File;
            public DocumentEntry? Entry;
            public List<CorpusReadResult> Problems = NoProblems;
            public IncidentDocument? Document;
            public Corpus.StorySignature? Signature;
        }

        private static readonly List<CorpusReadResult> NoProblems = new List<CorpusReadResult>();

        private static Step ReadyStep(CorpusReadResult result) => new Step { Ready = result };

        private IEnumerable<Step> Steps(IEnumerable<string> paths)
        {
            foreach (var raw in paths)
            {
                var path = Path.GetFullPath(raw);
                if (Directory.Exists(path))
                {
                    foreach (var s in FolderSteps(path)) yield return s;
                }
                else if (File.Exists(path))
                {
                    foreach (var s in FileSteps(path)) yield return s;
                }
                else
                {
                    yield return ReadyStep(Problem(CorpusProblemKind.NotFound, path, $"Cannot find path '{path}' because it does not exist."));
                }
            }
        }

        private IEnumerable<Step> FolderSteps(string folder)
        {
            var manifest = ManifestFor(folder, out var problem);
            if (problem != null) yield return ReadyStep(new CorpusReadResult(null, problem));
            // The names, not the full paths, are held while the folder is read.
            string[] files;
            try
            {
                files = Directory.EnumerateFiles(folder)
                    .Select(Path.GetFileName)
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .ToArray();
                Array.Sort(files, StringComparer.Ordinal);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                files = Array.Empty<string>();
                problem = new CorpusProblem(CorpusProblemKind.ReadFailed, folder, $"Cannot list the folder '{folder}': {ex.Message}", ex);
            }
            if (problem != null && problem.Kind == CorpusProblemKind.ReadFailed)
            {
                yield return ReadyStep(new CorpusReadResult(null, problem));
                yield break;
            }
            if (files.Length == 0)
            {
                yield return ReadyStep(Problem(CorpusProblemKind.NoArticles, folder, $"The folder '{folder}' holds no article files ({string.Join(", ", ArticleExtensions.Select(e => "*" + e))})."));
                yield break;
            }
            for (int i = 0; i < files.Length; i++)
            {
                var file = Path.Combine(folder, files[i]);
                files[i] = null!; // each name is held once read, by the set of files read
                foreach (var s in FileSteps(file, manifest)) yield return s;
            }
        }

        private IEnumerable<Step> FileSteps(string file, CorpusManifest? manifest = null)
        {
            if (!FirstRead(file)) yield break; // the same file named twice is read once
            if (manifest == null)
            {
                manifest = ManifestFor(Path.GetDirectoryName(file)!, out var mp);
                if (mp != null) yield return ReadyStep(new CorpusReadResult(null, mp));
            }
            yield return new Step { File = file, Entry = manifest.FindDocument(Path.GetFileName(file)) };
        }

        /// <summary>True the first time a file (a full path) is met.</summary>
        private bool FirstRead(string file)
        {
            var folder = Path.GetDirectoryName(file) ?? "";
            if (!_readFiles.TryGetValue(folder, out var names)) _readFiles[folder] = names = new HashSet<string>(StringComparer.Ordinal);
            return names.Add(Path.GetFileName(file));
        }

        /// <summary>Reads, decodes and cleans one file, and signs the document for story grouping: safe on any thread.</summary>
        private static Step Load(Step step)
        {
            var file = step.File!;
            Corpus.DecodedText decoded;
            try
            {
                var bytes = ReadAllBytes(file, out int count);
                decoded = Corpus.TextDecoder.Decode(bytes, count);
            }
            catch (Corpus.NotTextException ex)
            {
                step.Problems = new List<CorpusReadResult> { new CorpusReadResult(null, new CorpusProblem(CorpusProblemKind.NotText, file, $"'{file}' is not a text file: {ex.Message}.", ex)) };
                return step;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                step.Problems = new List<CorpusReadResult> { new CorpusReadResult(null, new CorpusProblem(CorpusProblemKind.ReadFailed, file, $"Cannot read '{file}': {ex.Message}", ex)) };
                return step;
            }

            if (decoded.UsedFallback || IsBlank(decoded.Text))
            {
                step.Problems = new List<CorpusReadResult>();
                if (decoded.UsedFallback)
                    step.Problems.Add(Problem(CorpusProblemKind.EncodingFallback, file, $"'{file}' is not valid UTF-8; it was read as Windows-1252."));
                if (IsBlank(decoded.Text))
                    step.Problems.Add(Problem(CorpusProblemKind.EmptyFile, file, $"'{file}' holds no text."));
            }

            step.Document = Corpus.DocumentParser.Parse(Path.GetFileNameWithoutExtension(file), file, decoded, step.Entry);
            step.Signature = Corpus.StorySignature.Of(step.Document);
            return step;
        }

        // Each thread reads files into a buffer of its own, reused for files up to this size.
        private const int ReusedBufferLimit = 1 << 20;
        [ThreadStatic] private static byte[]? t_buffer;

        /// <summary>
        /// The bytes of a file as File.ReadAllBytes reads them (the same sharing and errors), into
        /// the thread's reused buffer when the file is small: the bytes are decoded at once and
        /// not kept, so reading does not allocate them anew for every file.
        /// </summary>
        private static byte[] ReadAllBytes(string file, out int count)
        {
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                long length = stream.Length;
                if (length > int.MaxValue) throw new IOException($"The file '{file}' is {length} bytes long: too long to read.");
                var buffer = length < ReusedBufferLimit ? (t_buffer ??= new byte[ReusedBufferLimit / 16]) : new byte[length];
                count = 0;
                while (true)
                {
                    if (count == buffer.Length)
                    {
                        // The buffer is full: the file ends here, or it is longer than the buffer (or grew).
                        int next = stream.ReadByte();
                        if (next < 0) break;
                        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, (int)length + 1));
                        if (buffer.Length <= ReusedBufferLimit) t_buffer = buffer;
                        buffer[count++] = (byte)next;
                        continue;
                    }
                    int n = stream.Read(buffer, count, buffer.Length - count);
                    if (n == 0) break;
                    count += n;
                }
                return buffer;
            }
        }

        /// <summary>True when the text is empty or only white space (what Trim() would make empty).</summary>
        private static bool IsBlank(string text)
        {
            foreach (char c in text)
                if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        private static CorpusReadResult Problem(CorpusProblemKind kind, string path, string message) =>
            new CorpusReadResult(null, new CorpusProblem(kind, path, message));
    }
}
