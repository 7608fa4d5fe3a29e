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
    /// With <see cref="MaxDegreeOfParallelism"/> above 1, files are read, decoded and cleaned (and,
    /// given a find, analysed) on that many threads, the caller's among them, a few files ahead of the
    /// result given, and the results still come in input order, on the caller's thread, exactly as one
    /// at a time. The reader holds the documents
    /// being read and a small signature of each document read (for story grouping), never the
    /// documents already given. One reader serves one enumeration at a time; separate readers
    /// may be used from separate threads.
    /// </remarks>
    public sealed class CorpusReader
    {
        private readonly Dictionary<string, CorpusManifest> _manifests = new Dictionary<string, CorpusManifest>(StringComparer.Ordinal);
        private readonly Corpus.StoryGrouper _stories;
        // The files read so far and the document ids met (compactly: a command may read a great many files).
        private readonly Corpus.ReadFiles _read = new Corpus.ReadFiles();
        private readonly Func<string, Stream> _openFile;
        private int _maxDegreeOfParallelism = 1;

        /// <summary>The largest article file read, in bytes (16 MiB): a larger file is a FileTooLarge problem, not read.</summary>
        public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

        public CorpusReader() : this(OpenForReading) { }

        /// <summary>For tests: a reader that opens files through <paramref name="openFile"/> (to simulate I/O failures).</summary>
        internal CorpusReader(Func<string, Stream> openFile) : this(openFile, JudgeOf) { }

        /// <summary>
        /// For tests: a reader that opens files through <paramref name="openFile"/> and judges each document's relevance with the
        /// judge <paramref name="judgeFor"/> makes for a manifest (to simulate a judgement that fails).
        /// </summary>
        internal CorpusReader(Func<string, Stream> openFile, Func<CorpusManifest, RelevanceJudge?> judgeFor)
        {
            _openFile = openFile;
            _judgeFor = judgeFor;
            _stories = new Corpus.StoryGrouper(_read.IdOf);
        }

        /// <summary>Whether a document is about a manifest's incident, and why (<see cref="Corpus.IncidentRelevance.Judge"/>).</summary>
        internal delegate (bool About, string Reason) RelevanceJudge(IncidentDocument document);

        /// <summary>The judge of the manifest's incident (<see cref="Corpus.IncidentRelevance.For"/>); null when it describes none.</summary>
        private static RelevanceJudge? JudgeOf(CorpusManifest manifest) =>
            Corpus.IncidentRelevance.For(manifest) is { } relevance ? relevance.Judge : null;

        private readonly Func<CorpusManifest, RelevanceJudge?> _judgeFor;

        /// <summary>The largest article file this reader reads, in bytes; default <see cref="DefaultMaxFileBytes"/>.</summary>
        public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

        /// <summary>The file extensions a folder's articles have.</summary>
        public static IReadOnlyList<string> ArticleExtensions { get; } = new[] { ".txt" };

        /// <summary>Every manifest met so far, by folder.</summary>
        public IEnumerable<CorpusManifest> Manifests => _manifests.Values;

        /// <summary>Told what is read from where and why anything is skipped (a cmdlet's -Verbose). Called on the caller's thread.</summary>
        public Action<string>? Verbose { get; set; }

        /// <summary>Told how many article files a folder holds, before they are read (a cmdlet's progress). Called on the caller's thread.</summary>
        public Action<int>? FilesAhead { get; set; }

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
            foreach (var read in ReadAndFind<object?>(paths, null, null)) yield return read.Result;
        }

        /// <summary>
        /// Reads each path as <see cref="Read(IEnumerable{string})"/> does, and finds something in each
        /// document (<paramref name="find"/>: its quotes, its claims) on the thread that read it, right after
        /// reading it: with <see cref="MaxDegreeOfParallelism"/> above 1, each worker reads and analyses a
        /// whole document, with no hand-off between a reading stage and an analysing one. The results come
        /// in input order on the caller's thread, each document with what was found in it (a problem with
        /// the default of <typeparamref name="T"/>), exactly as reading and then finding one at a time.
        /// </summary>
        /// <param name="paths">The files to read, in the order their results are given.</param>
        /// <param name="find">
        /// Called on any thread, for several documents at once, with the document and its folder's manifest,
        /// before the document's StoryId is set (story grouping, in input order on the caller's thread): the
        /// engine's results (quotes, attributions, claims) read the story when asked, so they give the right one.
        /// </param>
        /// <param name="wanted">When given, called on the worker before <paramref name="find"/>: a document it refuses is given with the default of <typeparamref name="T"/>, unanalysed. It must be safe on any thread.</param>
        public IEnumerable<(CorpusReadResult Result, T Found)> Read<T>(IEnumerable<string> paths, Func<IncidentDocument, CorpusManifest, T> find, Func<IncidentDocument, bool>? wanted = null)
        {
            if (find == null) throw new ArgumentNullException(nameof(find));
            return ReadAndFind(paths, find, wanted);
        }

        private IEnumerable<(CorpusReadResult Result, T Found)> ReadAndFind<T>(IEnumerable<string> paths, Func<IncidentDocument, CorpusManifest, T>? find, Func<IncidentDocument, bool>? wanted)
        {
            int degree = _maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _maxDegreeOfParallelism;
            long maxBytes = MaxFileBytes;
            var openFile = _openFile;
            // Paths, folders and manifests are resolved in order on the caller's thread; only the
            // files themselves (read, decode, clean, signature, relevance, and what find finds) go to the workers.
            Func<Step, Step> work = find == null
                ? step => step.File == null ? step : Load(step, openFile, maxBytes)
                : step => step.File == null ? step : Find(Load(step, openFile, maxBytes), find, wanted);
            var loaded = Corpus.OrderedParallel.Select(Steps(paths), work, degree, degree * 4);
            foreach (var step in loaded)
            {
                if (step.Ready != null) yield return (step.Ready, default!);
                if (step.File == null) continue;
                foreach (var problem in step.Problems) yield return (problem, default!);
                var doc = step.Document;
                if (doc == null) continue;
                var file = step.File;
                // The id first: story grouping labels a story with the id of its first document.
                bool firstWithId = _read.FirstWithId(doc.Id, step.FileNumber, out int first);
                _stories.Assign(doc, step.Signature!, step.Entry?.StoryId, step.FileNumber);
                if (!firstWithId)
                    yield return (Problem(CorpusProblemKind.DuplicateId, file, $"'{file}' has the id '{doc.Id}' of '{_read.PathOf(first)}', read before it; both are read, but -Id and version comparison cannot tell them apart (give one an 'id:' in corpus.yaml)."), default!);
                Verbose?.Invoke($"Read '{file}' as '{doc.Id}' ({doc.Encoding}, {doc.Paragraphs.Count} paragraphs{(step.Entry != null ? ", with its manifest entry" : "")}).");
                if (!doc.IsAboutIncident) Verbose?.Invoke($"'{doc.Id}' gives no positions: {doc.Relevance}.");
                // The worker found before story grouping (above, in order): what it found holds the document's
                // story label (IncidentDocument.Story), not a copy, so it reads the story grouping gave.
                T found = step.FoundValue is T value ? value : default!;
                step.FoundValue = null;
                yield return (new CorpusReadResult(doc, null), found);
            }
        }

        /// <summary>What <paramref name="find"/> finds in the step's document, on the worker that loaded it.</summary>
        private static Step Find<T>(Step step, Func<IncidentDocument, CorpusManifest, T> find, Func<IncidentDocument, bool>? wanted)
        {
            var doc = step.Document;
            if (doc == null || wanted != null && !wanted(doc)) return step;
            if (StartupTrace.Enabled) StartupTrace.Mark("command: finds in " + doc.Id);
            step.FoundValue = find(doc, step.Manifest!);
            if (StartupTrace.Enabled) StartupTrace.Mark("command: found in " + doc.Id);
            return step;
        }

        private readonly Dictionary<CorpusManifest, RelevanceJudge?> _relevance = new Dictionary<CorpusManifest, RelevanceJudge?>();

        /// <summary>The judge of whether an article is about the manifest's incident, made once per manifest; null when it describes none.</summary>
        private RelevanceJudge? RelevanceOf(CorpusManifest? manifest)
        {
            if (manifest == null) return null;
            if (!_relevance.TryGetValue(manifest, out var judge)) _relevance[manifest] = judge = _judgeFor(manifest);
            return judge;
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
                    // One parse for the manifest and the validator's issues.
                    StartupTrace.Mark("command: reads the manifest");
                    manifest = Corpus.ManifestChecks.Refuse(Corpus.ManifestYaml.Reader.ReadWithIssues(file, out var issues), folder, found);
                    StartupTrace.Mark("command: manifest read");
                    Verbose?.Invoke($"Read the manifest '{file}': {manifest.Documents.Count} documents entries, {manifest.Parties.Count} parties, {manifest.Questions.Count} questions.");
                    foreach (var issue in issues)
                        found.Add(new CorpusProblem(CorpusProblemKind.ManifestWarning, file, issue.ToString()));
                }
                catch (ManifestException ex)
                {
                    var kind = ex.LimitExceeded ? CorpusProblemKind.ManifestLimitExceeded : CorpusProblemKind.ManifestInvalid;
                    found.Add(new CorpusProblem(kind, file, "The manifest cannot be read: " + ex.Message.TrimEnd().TrimEnd('.') + ". The articles are read without it; Test-IncidentManifest lists every issue.", ex));
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

        /// <summary>
        /// One step of a read: a result ready as it is (a missing path, a manifest problem), or a
        /// file to read with its manifest entry, and once loaded its problems, document and signature.
        /// </summary>
        private sealed class Step
        {
            public CorpusReadResult? Ready;
            public string? File;
            public DocumentEntry? Entry;
            public CorpusManifest? Manifest;
            public List<CorpusReadResult> Problems = NoProblems;
            public IncidentDocument? Document;
            public Corpus.StorySignature? Signature;
            /// <summary>The file's number in the files read.</summary>
            public int FileNumber;
            /// <summary>The judge of the manifest's incident (made once per manifest, on the caller's thread), null when it describes none.</summary>
            public RelevanceJudge? Relevance;
            /// <summary>What the worker found in the document (Read with a find), boxed; null when nothing was asked.</summary>
            public object? FoundValue;
        }

        private static readonly List<CorpusReadResult> NoProblems = new List<CorpusReadResult>();

        private static Step ReadyStep(CorpusReadResult result) => new Step { Ready = result };

        private IEnumerable<Step> Steps(IEnumerable<string> paths)
        {
            foreach (var raw in paths)
            {
                string path;
                string? refused = null;
                try
                {
                    path = Path.GetFullPath(raw);
                }
                catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
                {
                    // .NET Framework (Windows PowerShell 5.1) refuses a path with characters Windows does not allow ("a|b.txt"):
                    // that path names no file, and the others are still read.
                    path = raw;
                    refused = ex.Message;
                }
                if (refused != null)
                {
                    yield return ReadyStep(Problem(CorpusProblemKind.NotFound, raw, $"Cannot find path '{raw}': {refused}"));
                    continue;
                }
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
            var manifest = ManifestFor(folder, out var manifestProblems);
            foreach (var mp in manifestProblems) yield return ReadyStep(new CorpusReadResult(null, mp));
            // The names, not the full paths, are held while the folder is read, compactly (a folder may hold a great many files).
            Corpus.FolderListing listing;
            var others = Verbose != null ? new List<string>() : null;
            CorpusProblem? problem = null;
            try
            {
                listing = Corpus.FolderListing.Of(folder, IsArticleName, others);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                listing = null!;
                problem = new CorpusProblem(CorpusProblemKind.ReadFailed, folder, $"Cannot list the folder '{folder}': {ex.Message}", ex);
            }
            if (problem != null)
            {
                yield return ReadyStep(new CorpusReadResult(null, problem));
                yield break;
            }
            if (Verbose != null)
            {
                Verbose($"Reading the folder '{folder}': {listing.Count} article files ({ArticlePatterns()}).");
                var skipped = others!.Where(f => !Corpus.ManifestFiles.IsManifest(Path.Combine(folder, f))).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                if (skipped.Length > 0)
                    Verbose($"Skipping {skipped.Length} other files of '{folder}' (not {ArticlePatterns()}): {string.Join(", ", skipped.Take(10))}{(skipped.Length > 10 ? ", …" : "")}.");
            }
            others = null;
            // A folder's subfolders are not read (a crawl's per-outlet folders would mix manifests); say so,
            // and how to read them, when the user asks what is read or the folder itself holds no article.
            string? subfolders = Verbose != null || listing.Count == 0 ? SubfolderNotice(folder) : null;
            if (subfolders != null && listing.Count > 0) Verbose!($"Not reading {subfolders}.");
            FilesAhead?.Invoke(listing.Count);
            if (listing.Count == 0)
            {
                yield return ReadyStep(Problem(CorpusProblemKind.NoArticles, folder, $"The folder '{folder}' holds no article files ({ArticlePatterns()}){(subfolders != null ? $"; not reading {subfolders}" : "")}."));
                yield break;
            }
            for (int i = 0; i < listing.Count; i++)
            {
                var file = Path.Combine(folder, listing.NameAt(i));
                foreach (var s in FileSteps(file, manifest)) yield return s;
            }
        }

        /// <summary>The most subfolder names a notice lists.</summary>
        private const int SubfoldersNamed = 5;

        /// <summary>
        /// "the 2 subfolders of 'x' (a, b): pipe Get-ChildItem … to read their articles", or null when
        /// the folder has none (or cannot say).
        /// </summary>
        private static string? SubfolderNotice(string folder)
        {
            string[] names;
            try
            {
                names = Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }
            if (names.Length == 0) return null;
            string listed = string.Join(", ", names.Take(SubfoldersNamed)) + (names.Length > SubfoldersNamed ? ", …" : "");
            string what = names.Length == 1 ? "the subfolder" : $"the {names.Length} subfolders";
            string filter = ArticleExtensions.Count == 1 ? "-Filter *" + ArticleExtensions[0] : "-Include " + ArticlePatterns(",");
            return $"{what} of '{folder}' ({listed}): to read their articles, pipe Get-ChildItem -LiteralPath '{folder}' -Recurse -File {filter} to this command";
        }

        /// <summary>The article files' patterns, for messages and commands: "*.txt" (several joined by <paramref name="separator"/>).</summary>
        private static string ArticlePatterns(string separator = ", ") => string.Join(separator, ArticleExtensions.Select(e => "*" + e));

        private static bool IsArticleName(string name) => ArticleExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

        private IEnumerable<Step> FileSteps(string file, CorpusManifest? manifest = null)
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
            if (!FirstRead(file, out int number))
            {
                Verbose?.Invoke($"Skipping '{file}': it was read already in this command.");
                yield break;
            }
            if (manifest == null)
            {
                manifest = ManifestFor(Path.GetDirectoryName(file)!, out var manifestProblems);
                foreach (var mp in manifestProblems) yield return ReadyStep(new CorpusReadResult(null, mp));
            }
            yield return new Step { File = file, Entry = manifest.FindDocument(Path.GetFileName(file)), Manifest = manifest, FileNumber = number, Relevance = RelevanceOf(manifest) };
        }

        /// <summary>True the first time a file (a full path) is met; its number in the files read.</summary>
        private bool FirstRead(string file, out int number) =>
            _read.Add(Path.GetDirectoryName(file) ?? "", Path.GetFileName(file), out number);

        /// <summary>Reads, decodes and cleans one file, signs the document for story grouping and judges its relevance: safe on any thread.</summary>
        private static Step Load(Step step, Func<string, Stream> openFile, long maxBytes)
        {
            var file = step.File!;
            if (StartupTrace.Enabled) StartupTrace.Mark("command: reads " + file);
            Corpus.DecodedText decoded;
            CorpusProblem? failure = null;
            try
            {
                var bytes = ReadBytes(file, openFile, maxBytes, out int count);
                decoded = Corpus.TextDecoder.Decode(bytes, count);
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
                step.Problems = new List<CorpusReadResult> { new CorpusReadResult(null, failure) };
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
            // The judge reads only the document and its own read-only terms: here it runs beside the other
            // files being loaded instead of one document after another on the caller's thread.
            if (step.Relevance != null)
            {
                try
                {
                    (step.Document.IsAboutIncident, step.Document.Relevance) = step.Relevance(step.Document);
                }
                catch (Exception ex) when (!(ex is OutOfMemoryException))
                {
                    // A fault of the judge with one document (DESIGN.md, Errors): that document is an error naming its file, not
                    // given half judged; the other files are read on, where an exception here would end the whole load.
                    step.Problems = new List<CorpusReadResult>(step.Problems) { new CorpusReadResult(null, new CorpusProblem(CorpusProblemKind.RelevanceFailed, file,
                        $"Cannot judge whether '{file}' is about the incident ({ex.GetType().Name}: {ex.Message}); the document is not given, the other files are read.", ex)) };
                    step.Document = null;
                    step.Signature = null;
                }
            }
            return step;
        }

        // Each thread reads files into a buffer of its own, reused for files up to this size.
        private const int ReusedBufferLimit = 1 << 20;
        [ThreadStatic] private static byte[]? t_buffer;

        /// <summary>
        /// Reads a whole file, at most <paramref name="maxBytes"/> of it (the length is checked while
        /// reading, so a growing file is bounded too), into the thread's reused buffer when the file
        /// is small: the bytes are decoded at once and not kept, so reading does not allocate them
        /// anew for every file. The first <paramref name="count"/> bytes of the result are the file.
        /// </summary>
        private static byte[] ReadBytes(string file, Func<string, Stream> openFile, long maxBytes, out int count)
        {
            using (var stream = openFile(file))
            {
                long length = stream.CanSeek ? stream.Length : 0;
                if (length > maxBytes) throw new FileTooLargeException(file, length, maxBytes);
                var buffer = length < ReusedBufferLimit ? (t_buffer ??= new byte[ReusedBufferLimit / 16]) : new byte[length];
                count = 0;
                while (true)
                {
                    if (count == buffer.Length)
                    {
                        // The buffer is full: the file ends here, or it is longer than the buffer (or grew).
                        int next = stream.ReadByte();
                        if (next < 0) break;
                        if (count + 1L > maxBytes) throw new FileTooLargeException(file, count + 1L, maxBytes);
                        Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, length + 1), Math.Min(maxBytes, int.MaxValue - 64)));
                        if (buffer.Length <= ReusedBufferLimit) t_buffer = buffer;
                        buffer[count++] = (byte)next;
                        continue;
                    }
                    int n = stream.Read(buffer, count, buffer.Length - count);
                    if (n == 0) break;
                    if (count + (long)n > maxBytes) throw new FileTooLargeException(file, count + (long)n, maxBytes);
                    count += n;
                }
                return buffer;
            }
        }

        private static Stream OpenForReading(string file) =>
            new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);

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

    /// <summary>A file over the reader's size limit.</summary>
    internal sealed class FileTooLargeException : IOException
    {
        public FileTooLargeException(string file, long bytes, long max)
            : base($"'{file}' is larger than {max / (1024 * 1024)} MiB (at least {bytes:N0} bytes), the largest article file read; split it or leave it out of the corpus folder.")
        {
        }
    }
}
