using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace IncidentTools.Commands
{
    /// <summary>What a completer offers.</summary>
    internal enum CandidateKind
    {
        Id,
        Outlet,
        /// <summary>The speakers of quotations (Get-IncidentQuote -Speaker).</summary>
        Speaker,
        /// <summary>The speakers of every attribution, quoted or reported (Get-IncidentClaim -Speaker).</summary>
        ClaimSpeaker,
        Party,
        Question,
        Position,
    }

    /// <summary>
    /// The values tab completion offers, kept per file and per folder manifest for the life of the
    /// process. A file is read again only when its time stamp or length changed, or when its folder's
    /// manifest did; a Tab after the first lists the folder (a stat per file) and unions what is kept.
    /// Ids need no reading (the manifest's id or the file name); outlets need the article parsed;
    /// speakers need the attribution stage, run only when speakers are asked for, on every processor
    /// (<see cref="SpeakerThreads"/>), once for a file's quote speakers and claim speakers together;
    /// a Get-IncidentQuote or Get-IncidentClaim run over files tells the cache the speakers it found
    /// (<see cref="Remember"/>), so that a Tab after a run reads nothing;
    /// at most <see cref="FileLimit"/> files are kept, the one stored or used longest ago let go first;
    /// questions and positions only the manifest; parties the manifest's, and for a folder whose
    /// manifest defines none (or that has no manifest), the countries its articles name (a name,
    /// nationality, capital or political party of the country table): every side the tables may
    /// give a speaker there, read from the parsed text without the attribution stage.
    /// </summary>
    internal static class CompletionCache
    {
        private sealed class FileValues
        {
            public DateTime Written;
            public long Length;
            public string ManifestStamp = "";
            /// <summary>The outlet and the countries are known (the article was parsed).</summary>
            public bool Parsed;
            /// <summary>The file could not be read: it offers nothing until it changes (the cmdlet will say why when it runs).</summary>
            public bool Unreadable;
            public string? Outlet;
            /// <summary>The countries the article names (<see cref="Text.CountryTable.NamedIn"/>).</summary>
            public string[]? Countries;
            /// <summary>The speakers of its quotations, as Get-IncidentQuote gives them; null until asked for.</summary>
            public string[]? Speakers;
            /// <summary>The speakers of its attributions, as Get-IncidentClaim gives them; null until asked for.</summary>
            public string[]? ClaimSpeakers;

            public bool Matches(FileInfo file, ManifestValues manifest) =>
                Written == file.LastWriteTimeUtc && Length == file.Length && ManifestStamp == manifest.Stamp;
        }

        /// <summary>
        /// A folder's manifest as of its stamp. The manifest itself is read when first asked for (by a Tab), not when a
        /// run's speakers are remembered (<see cref="Remember"/> needs only the stamp): the first result of a
        /// Get-IncidentQuote does not wait for a second parse of corpus.yaml (issue #10).
        /// </summary>
        private sealed class ManifestValues
        {
            public ManifestValues(string stamp, string? file)
            {
                Stamp = stamp;
                _manifest = new Lazy<CorpusManifest>(() => Read(file));
            }

            public string Stamp { get; }

            private readonly Lazy<CorpusManifest> _manifest;

            /// <summary>The manifest (read on first use, on any thread); empty when the folder has none or it does not parse.</summary>
            public CorpusManifest Manifest => _manifest.Value;

            private static CorpusManifest Read(string? file)
            {
                if (file == null) return CorpusManifest.Empty;
                Interlocked.Increment(ref _manifestsRead);
                try
                {
                    return Corpus.ManifestYaml.Reader.Read(file);
                }
                catch (Exception ex) when (ex is ManifestException || ex is IOException || ex is UnauthorizedAccessException || ex is Corpus.NotTextException)
                {
                    return CorpusManifest.Empty;
                }
            }
        }

        private static readonly object Gate = new object();
        /// <summary>
        /// The most article files whose values are kept for the session (about 1 KB each: the path, the stamp, the outlet,
        /// the countries and the speakers' names): past it the entry stored or used longest ago goes first. A session that reads
        /// more files than this keeps the most recent ones; a Tab over a folder of more files than this reads again those
        /// that were let go.
        /// </summary>
        internal const int DefaultFileLimit = 10_000;

        /// <summary>The bound in force (<see cref="DefaultFileLimit"/>; tests lower it).</summary>
        internal static int FileLimit
        {
            get { lock (Gate) return _fileLimit; }
            set { lock (Gate) { _fileLimit = Math.Max(1, value); Trim(); } }
        }

        private static int _fileLimit = DefaultFileLimit;

        /// <summary>The files kept, by full path; <see cref="Order"/> holds the same paths, the one stored longest ago first.</summary>
        private static readonly Dictionary<string, LinkedListNode<(string Path, FileValues Values)>> Files = new Dictionary<string, LinkedListNode<(string Path, FileValues Values)>>(StringComparer.Ordinal);
        private static readonly LinkedList<(string Path, FileValues Values)> Order = new LinkedList<(string Path, FileValues Values)>();

        /// <summary>How many files' values are kept now: for tests of the bound.</summary>
        internal static int FilesKept { get { lock (Gate) return Files.Count; } }

        /// <summary>Whether the values of a file (by full path) are kept now: for tests of the bound.</summary>
        internal static bool Keeps(string fullPath) { lock (Gate) return Files.ContainsKey(fullPath); }

        private static bool TryGetFile(string path, out FileValues values)
        {
            if (Files.TryGetValue(path, out var node)) { values = node.Value.Values; return true; }
            values = null!;
            return false;
        }

        /// <summary>Keeps a file's values as the newest entry, and lets the oldest go past <see cref="FileLimit"/>. Under <see cref="Gate"/>.</summary>
        private static void Store(string path, FileValues values)
        {
            if (Files.TryGetValue(path, out var node)) Order.Remove(node);
            Files[path] = Order.AddLast((path, values));
            Trim();
        }

        private static void Trim()
        {
            while (Files.Count > _fileLimit && Order.First != null)
            {
                Files.Remove(Order.First.Value.Path);
                Order.RemoveFirst();
            }
        }
        private static readonly Dictionary<string, ManifestValues> Manifests = new Dictionary<string, ManifestValues>(StringComparer.Ordinal);

        /// <summary>How many article files were parsed (for outlets or speakers) since the process started: for tests of the cache.</summary>
        internal static int FilesParsed => Volatile.Read(ref _filesParsed);

        /// <summary>How many article files had their speakers found (the attribution stage) since the process started: for tests of the cache.</summary>
        internal static int SpeakersFound => Volatile.Read(ref _speakersFound);

        /// <summary>How many manifests were read since the process started: for tests of the cache.</summary>
        internal static int ManifestsRead => Volatile.Read(ref _manifestsRead);

        private static int _filesParsed, _speakersFound, _manifestsRead;

        /// <summary>
        /// How many threads find the speakers of the files a Tab still needs (the attribution stage, about 2 ms of one core
        /// for a news article): one per processor, as the cmdlets' -ThrottleLimit by default.
        /// </summary>
        internal static int SpeakerThreads => Environment.ProcessorCount;

        /// <summary>
        /// The distinct values of one kind in the corpus the paths name, sorted; positions only of the questions that match
        /// <paramref name="questions"/> (names or wildcard patterns) when it is given.
        /// </summary>
        public static IReadOnlyList<string> Values(CandidateKind kind, IEnumerable<string> paths, IReadOnlyList<string>? questions = null)
        {
            lock (Gate)
            {
                var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (folder, files) in Articles(paths))
                {
                    var manifest = ManifestOf(folder);
                    switch (kind)
                    {
                        case CandidateKind.Party when manifest.Manifest.Parties.Count > 0:
                            foreach (var p in manifest.Manifest.Parties) values.Add(p.Name);
                            continue;
                        case CandidateKind.Question:
                            foreach (var q in manifest.Manifest.Questions) values.Add(q.Id);
                            continue;
                        case CandidateKind.Position:
                            foreach (var q in manifest.Manifest.Questions)
                                if (questions == null || questions.Any(pattern => Wildcard.IsMatchOrSame(q.Id, pattern)))
                                    foreach (var p in q.Positions) values.Add(p.Label);
                            continue;
                    }
                    if (kind == CandidateKind.Id)
                    {
                        foreach (var file in files)
                            values.Add(manifest.Manifest.FindDocument(file.Name)?.Id ?? System.IO.Path.GetFileNameWithoutExtension(file.Name));
                        continue;
                    }
                    foreach (var entry in Entries(files, manifest, kind))
                    {
                        if (kind == CandidateKind.Outlet && entry.Outlet != null) values.Add(entry.Outlet);
                        if (kind == CandidateKind.Party && entry.Countries != null) values.UnionWith(entry.Countries);
                        if (kind == CandidateKind.Speaker && entry.Speakers != null) values.UnionWith(entry.Speakers);
                        if (kind == CandidateKind.ClaimSpeaker && entry.ClaimSpeakers != null) values.UnionWith(entry.ClaimSpeakers);
                    }
                }
                values.Remove("");
                return values.OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ToArray();
            }
        }

        /// <summary>The article files of each folder the paths name (a folder's *.txt, or single files), by folder.</summary>
        private static IEnumerable<(string Folder, List<FileInfo> Files)> Articles(IEnumerable<string> paths)
        {
            var byFolder = new Dictionary<string, List<FileInfo>>(StringComparer.Ordinal);
            foreach (var raw in paths)
            {
                var path = System.IO.Path.GetFullPath(raw);
                if (Directory.Exists(path))
                {
                    var list = Folder(byFolder, path);
                    foreach (var f in new DirectoryInfo(path).EnumerateFiles())
                        if (CorpusReader.ArticleExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase)) list.Add(f);
                }
                else if (File.Exists(path) && !Corpus.ManifestFiles.IsManifest(path))
                {
                    Folder(byFolder, System.IO.Path.GetDirectoryName(path)!).Add(new FileInfo(path));
                }
            }
            return byFolder.Select(kv => (kv.Key, kv.Value));
        }

        private static List<FileInfo> Folder(Dictionary<string, List<FileInfo>> byFolder, string folder)
        {
            if (!byFolder.TryGetValue(folder, out var list)) byFolder[folder] = list = new List<FileInfo>();
            return list;
        }

        /// <summary>A folder's manifest, read again (when first asked for) after its time stamp or length changed; empty when it has none or it does not parse.</summary>
        private static ManifestValues ManifestOf(string folder)
        {
            var file = Corpus.ManifestFiles.FindIn(folder);
            var stamp = "";
            if (file != null)
            {
                var info = new FileInfo(file);
                stamp = file + "|" + info.LastWriteTimeUtc.Ticks + "|" + info.Length;
            }
            if (Manifests.TryGetValue(folder, out var known) && known.Stamp == stamp) return known;
            var values = new ManifestValues(stamp, file);
            Manifests[folder] = values;
            return values;
        }

        /// <summary>
        /// The values of the files of one folder: what is kept for a file that did not change, and for the others (or when
        /// speakers are asked for and not kept) the file read again, on <see cref="SpeakerThreads"/> threads when speakers
        /// are wanted (the attribution stage), on this thread otherwise (parsing alone is quick).
        /// </summary>
        private static IEnumerable<FileValues> Entries(List<FileInfo> files, ManifestValues manifest, CandidateKind kind)
        {
            bool speakers = kind == CandidateKind.Speaker || kind == CandidateKind.ClaimSpeaker;
            bool Known(FileValues v) => v.Unreadable || (kind == CandidateKind.Speaker ? v.Speakers != null : kind == CandidateKind.ClaimSpeaker ? v.ClaimSpeakers != null : v.Parsed);
            var result = new FileValues[files.Count];
            var toRead = new List<int>();
            for (int i = 0; i < files.Count; i++)
            {
                var file = files[i];
                if (TryGetFile(file.FullName, out var known) && known.Matches(file, manifest) && Known(known))
                {
                    result[i] = known;
                    Store(file.FullName, known); // used now: it is the newest again
                    continue;
                }
                result[i] = known != null && known.Matches(file, manifest) ? known : new FileValues { Written = file.LastWriteTimeUtc, Length = file.Length, ManifestStamp = manifest.Stamp };
                toRead.Add(i);
            }
            int threads = speakers ? Math.Min(SpeakerThreads, toRead.Count) : 1;
            if (threads <= 1)
            {
                foreach (var i in toRead) Read(files[i], result[i], manifest, speakers);
            }
            else
            {
                foreach (var _ in Corpus.OrderedParallel.Select(toRead, i => Read(files[i], result[i], manifest, speakers), threads, threads * 4)) { }
            }
            foreach (var i in toRead) Store(files[i].FullName, result[i]);
            return result;
        }

        /// <summary>
        /// Reads a file's outlet and countries, and its speakers when <paramref name="speakers"/> asks for them (one run of
        /// the attribution stage gives the quotations' speakers and the attributions' alike), into <paramref name="values"/>.
        /// Called on any thread, for one file at a time.
        /// </summary>
        private static FileValues Read(FileInfo file, FileValues values, ManifestValues manifest, bool speakers)
        {
            try
            {
                var decoded = Corpus.TextDecoder.Decode(File.ReadAllBytes(file.FullName));
                var entry = manifest.Manifest.FindDocument(file.Name);
                var doc = Corpus.DocumentParser.Parse(System.IO.Path.GetFileNameWithoutExtension(file.Name), file.FullName, decoded, entry);
                values.Outlet = doc.Outlet;
                values.Countries = CountriesOf(doc);
                values.Parsed = true;
                if (speakers && (values.Speakers == null || values.ClaimSpeakers == null))
                {
                    var context = Attribution.AttributionPipeline.Run(doc, manifest.Manifest.Parties);
                    // the speaker of a quotation is its attribution's (QuoteFinder); a claim's is its attribution's too (ClaimFinder)
                    values.Speakers = context.Document.Quotations.Select(q => context.AttributionOf(q)?.Speaker?.Display).Where(s => s != null).Select(s => s!).Distinct(StringComparer.Ordinal).ToArray();
                    values.ClaimSpeakers = context.Found.Select(a => a.Speaker?.Display).Where(s => s != null).Select(s => s!).Distinct(StringComparer.Ordinal).ToArray();
                    Interlocked.Increment(ref _speakersFound);
                }
                Interlocked.Increment(ref _filesParsed);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is Corpus.NotTextException)
            {
                // A file that cannot be read offers nothing; the cmdlet will say why when it runs.
                values.Unreadable = true;
            }
            return values;
        }

        /// <summary>
        /// What a Get-IncidentQuote or Get-IncidentClaim run found in a file it read: the speakers of its quotations
        /// (<paramref name="quoteSpeakers"/>) or of its claims (<paramref name="claimSpeakers"/>), kept for Tab as if a
        /// Tab had found them, under the file's time stamp and length and its folder's manifest now. A file that changed
        /// since the run read it is read again by the next Tab that asks, as any changed file (its stamp then differs,
        /// unless it changed within the same clock tick and kept its length: the Tab's list would then be of the earlier text).
        /// </summary>
        internal static void Remember(string path, IEnumerable<string?>? quoteSpeakers, IEnumerable<string?>? claimSpeakers)
        {
            try
            {
                var file = new FileInfo(path);
                var folder = file.DirectoryName;
                if (!file.Exists || folder == null) return;
                lock (Gate)
                {
                    var manifest = ManifestOf(folder);
                    if (!TryGetFile(file.FullName, out var values) || !values.Matches(file, manifest) || values.Unreadable)
                        values = new FileValues { Written = file.LastWriteTimeUtc, Length = file.Length, ManifestStamp = manifest.Stamp };
                    if (quoteSpeakers != null) values.Speakers = Distinct(quoteSpeakers);
                    if (claimSpeakers != null) values.ClaimSpeakers = Distinct(claimSpeakers);
                    Store(file.FullName, values);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                // Only completion would have used it.
            }
        }

        private static string[] Distinct(IEnumerable<string?> names) => names.Where(s => s != null).Select(s => s!).Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>The names of the countries an article's title, highlights, dateline and paragraphs name.</summary>
        private static string[] CountriesOf(IncidentDocument doc)
        {
            var names = new List<string>();
            void Add(string? text)
            {
                if (string.IsNullOrEmpty(text)) return;
                foreach (var c in Text.CountryTable.NamedIn(text!))
                    if (!names.Contains(c.Name)) names.Add(c.Name);
            }
            Add(doc.Title);
            Add(doc.Dateline);
            foreach (var h in doc.Highlights) Add(h);
            foreach (var p in doc.Paragraphs) Add(p.Text);
            return names.ToArray();
        }
    }
}
