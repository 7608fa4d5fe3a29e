using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools.Commands
{
    /// <summary>What a completer offers.</summary>
    internal enum CandidateKind
    {
        Id,
        Outlet,
        Speaker,
        Party,
        Question,
        Position,
    }

    /// <summary>
    /// The values tab completion offers, kept per file and per folder manifest for the life of the
    /// process. A file is read again only when its time stamp or length changed, or when its folder's
    /// manifest did; a Tab after the first lists the folder (a stat per file) and unions what is kept.
    /// Ids need no reading (the manifest's id or the file name); outlets need the article parsed;
    /// speakers need its quotes (the attribution stage), found only when speakers are asked for;
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
            public bool Parsed;
            public string? Outlet;
            /// <summary>The countries the article names (<see cref="Text.CountryTable.NamedIn"/>).</summary>
            public string[]? Countries;
            public string[]? Speakers;
        }

        private sealed class ManifestValues
        {
            public string Stamp = "";
            public CorpusManifest Manifest = CorpusManifest.Empty;
        }

        private static readonly object Gate = new object();
        private static readonly Dictionary<string, FileValues> Files = new Dictionary<string, FileValues>(StringComparer.Ordinal);
        private static readonly Dictionary<string, ManifestValues> Manifests = new Dictionary<string, ManifestValues>(StringComparer.Ordinal);

        /// <summary>How many article files were parsed (for outlets or speakers) since the process started: for tests of the cache.</summary>
        internal static int FilesParsed { get; private set; }

        /// <summary>How many article files had their speakers found (the attribution stage) since the process started: for tests of the cache.</summary>
        internal static int SpeakersFound { get; private set; }

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
                    foreach (var file in files)
                    {
                        if (kind == CandidateKind.Id)
                        {
                            values.Add(manifest.Manifest.FindDocument(file.Name)?.Id ?? System.IO.Path.GetFileNameWithoutExtension(file.Name));
                            continue;
                        }
                        var entry = Entry(file, manifest, speakers: kind == CandidateKind.Speaker);
                        if (kind == CandidateKind.Outlet && entry.Outlet != null) values.Add(entry.Outlet);
                        if (kind == CandidateKind.Party && entry.Countries != null) values.UnionWith(entry.Countries);
                        if (kind == CandidateKind.Speaker && entry.Speakers != null) values.UnionWith(entry.Speakers);
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

        /// <summary>A folder's manifest, read again when its time stamp or length changed; empty when it has none or it does not parse.</summary>
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
            var values = new ManifestValues { Stamp = stamp };
            if (file != null)
            {
                try
                {
                    values.Manifest = Corpus.ManifestYaml.Reader.Read(file);
                }
                catch (Exception ex) when (ex is ManifestException || ex is IOException || ex is UnauthorizedAccessException || ex is Corpus.NotTextException)
                {
                    values.Manifest = CorpusManifest.Empty;
                }
            }
            Manifests[folder] = values;
            return values;
        }

        /// <summary>
        /// A file's outlet and countries, and its speakers when <paramref name="speakers"/> asks for them (the attribution
        /// stage, which an outlet or a party does not need), read again when the file or its manifest changed.
        /// </summary>
        private static FileValues Entry(FileInfo file, ManifestValues manifest, bool speakers)
        {
            if (Files.TryGetValue(file.FullName, out var known) && known.Written == file.LastWriteTimeUtc && known.Length == file.Length && known.ManifestStamp == manifest.Stamp)
            {
                if (!speakers || known.Speakers != null || !known.Parsed) return known;
            }
            else
            {
                known = null;
            }
            var values = known ?? new FileValues { Written = file.LastWriteTimeUtc, Length = file.Length, ManifestStamp = manifest.Stamp };
            try
            {
                var decoded = Corpus.TextDecoder.Decode(File.ReadAllBytes(file.FullName));
                var entry = manifest.Manifest.FindDocument(file.Name);
                var doc = Corpus.DocumentParser.Parse(System.IO.Path.GetFileNameWithoutExtension(file.Name), file.FullName, decoded, entry);
                values.Outlet = doc.Outlet;
                values.Countries = CountriesOf(doc);
                if (speakers)
                {
                    values.Speakers = QuoteFinder.Find(doc, manifest.Manifest.Parties).Select(q => q.Speaker).Where(s => s != null).Select(s => s!).Distinct().ToArray();
                    SpeakersFound++;
                }
                values.Parsed = true;
                FilesParsed++;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is Corpus.NotTextException)
            {
                // A file that cannot be read offers nothing; the cmdlet will say why when it runs.
                values.Parsed = false;
            }
            Files[file.FullName] = values;
            return values;
        }

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
