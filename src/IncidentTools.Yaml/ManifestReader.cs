using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Reads corpus.yaml through YamlDotNet's representation model into this
    /// project's own plain types (never into types the document names).
    /// It lives in IncidentTools.Yaml.dll, the one assembly that references YamlDotNet
    /// (loaded in its own AssemblyLoadContext on PowerShell 7: see ManifestYaml).
    /// </summary>
    internal static class ManifestReader
    {
        public static CorpusManifest Read(string path)
        {
            YamlLimits.CheckFileSize(path);
            var bytes = File.ReadAllBytes(path);
            var text = TextDecoder.Decode(bytes).Text;
            return Parse(text, path);
        }

        public static CorpusManifest Parse(string yaml, string path) => FromStream(Load(yaml, path), path);

        /// <summary>
        /// The manifest and every issue the validator finds (without the checks the reader makes itself),
        /// from one read and one parse of the file: what reading a corpus folder needs. When the module's
        /// warm-up has parsed the same file (<see cref="ReadAndKeep"/>: the same path, the same bytes), its
        /// parse is taken instead of parsing again; the issues are found anew all the same (they depend on the
        /// folder's files too).
        /// </summary>
        public static CorpusManifest ReadWithIssues(string path, out IReadOnlyList<ManifestIssue> issues) => ReadWithIssues(path, out issues, keep: false);

        /// <summary>
        /// As <see cref="ReadWithIssues(string, out IReadOnlyList{ManifestIssue})"/> for the module's warm-up; the parse
        /// is then kept for the next <see cref="ReadWithIssues(string, out IReadOnlyList{ManifestIssue})"/> of the same
        /// file (see <see cref="KeptParse"/>).
        /// </summary>
        public static CorpusManifest ReadAndKeep(string path, out IReadOnlyList<ManifestIssue> issues) => ReadWithIssues(path, out issues, keep: true);

        private static CorpusManifest ReadWithIssues(string path, out IReadOnlyList<ManifestIssue> issues, bool keep)
        {
            if (!keep) return ReadWithIssues(path, out issues, keep: false, kept: null);
            // The warm-up's read: a command that reads the same path meanwhile waits for it (KeptParse.Take) instead of parsing too.
            var reading = KeptParse.BeginReading(path);
            try
            {
                return ReadWithIssues(path, out issues, keep: true, kept: null);
            }
            finally
            {
                KeptParse.EndReading(path, reading);
            }
        }

        private static CorpusManifest ReadWithIssues(string path, out IReadOnlyList<ManifestIssue> issues, bool keep, KeptParse? kept)
        {
            YamlLimits.CheckFileSize(path);
            var bytes = File.ReadAllBytes(path);
            StartupTrace.Mark("manifest: file read");
            YamlStream stream;
            CorpusManifest manifest;
            if (!keep) kept = KeptParse.Take(path, bytes);
            if (kept != null)
            {
                (stream, manifest) = (kept.Stream, kept.Manifest);
                StartupTrace.Mark("manifest: the warm-up's parse taken");
            }
            else
            {
                stream = Load(TextDecoder.Decode(bytes).Text, path);
                StartupTrace.Mark("manifest: YAML parsed");
                manifest = FromStream(stream, path);
                StartupTrace.Mark("manifest: read from the YAML");
            }
            issues = ManifestValidator.ValidateStream(stream, path, Path.GetDirectoryName(path), checkWithReader: false);
            StartupTrace.Mark("manifest: validated");
            if (keep) KeptParse.Keep(new KeptParse(path, bytes, stream, manifest));
            return manifest;
        }

        /// <summary>
        /// The warm-up's parse of a manifest, kept for the first command that reads the same file after it (issue #10:
        /// a command started at once after Import-Module parsed corpus.yaml a second time on its own thread). It is
        /// taken only by a read of the same path (the same text, which the manifest and its issues carry, and the same
        /// full path) whose bytes are exactly those parsed, and only once: no two commands share a manifest, and the
        /// warm-up only reads the one it hands over. Any other read of that path drops it.
        /// </summary>
        internal sealed class KeptParse
        {
            /// <summary>The parses kept, by path (the warm-up keeps one, of the bundled corpus.yaml).</summary>
            private static readonly Dictionary<string, KeptParse> s_kept = new Dictionary<string, KeptParse>(StringComparer.Ordinal);

            /// <summary>
            /// The paths the warm-up is reading now (guarded by the lock on <see cref="s_kept"/>), each with the event set when
            /// that read has ended, kept or not. A command that starts right after Import-Module often asks for the bundled
            /// corpus.yaml while the warm-up is still parsing or validating it: it waits for that parse (which began first and
            /// ends first) instead of parsing the same file a second time beside it on the other core (issue #10, the first result).
            /// </summary>
            private static readonly Dictionary<string, System.Threading.ManualResetEventSlim> s_reading = new Dictionary<string, System.Threading.ManualResetEventSlim>(StringComparer.Ordinal);

            /// <summary>
            /// How long a read waits for the warm-up's read of the same path before it parses the file itself: only a guard
            /// against a warm-up thread that never ends (the warm-up's read ends before a read of its own would, having begun first).
            /// </summary>
            private static readonly TimeSpan WaitForWarmUpRead = TimeSpan.FromSeconds(30);

            /// <summary>The warm-up begins to read this path: reads of it wait for the end (<see cref="EndReading"/>).</summary>
            internal static System.Threading.ManualResetEventSlim BeginReading(string path)
            {
                var reading = new System.Threading.ManualResetEventSlim(false);
                lock (s_kept) s_reading[path] = reading;
                return reading;
            }

            /// <summary>The warm-up's read of this path has ended (its parse kept, or not when it failed): the reads waiting go on.</summary>
            internal static void EndReading(string path, System.Threading.ManualResetEventSlim reading)
            {
                lock (s_kept)
                {
                    if (s_reading.TryGetValue(path, out var current) && ReferenceEquals(current, reading)) s_reading.Remove(path);
                }
                reading.Set();
            }

            /// <summary>For tests: true while the warm-up reads this path.</summary>
            internal static bool IsBeingRead(string path)
            {
                lock (s_kept) return s_reading.ContainsKey(path);
            }

            private readonly string _fullPath;
            private readonly byte[] _bytes;

            internal KeptParse(string path, byte[] bytes, YamlStream stream, CorpusManifest manifest)
            {
                Path = path;
                _fullPath = System.IO.Path.GetFullPath(path);
                _bytes = bytes;
                Stream = stream;
                Manifest = manifest;
            }

            private string Path { get; }

            internal YamlStream Stream { get; }

            internal CorpusManifest Manifest { get; }

            /// <summary>For tests: true while a parse of this path is kept.</summary>
            internal static bool IsKept(string path)
            {
                lock (s_kept) return s_kept.ContainsKey(path);
            }

            internal static void Keep(KeptParse parse)
            {
                lock (s_kept) s_kept[parse.Path] = parse;
            }

            /// <summary>The kept parse of this path when it was made from exactly these bytes; else null. Either way it is no longer kept.</summary>
            internal static KeptParse? Take(string path, byte[] bytes)
            {
                KeptParse? kept;
                System.Threading.ManualResetEventSlim? reading;
                lock (s_kept)
                {
                    if (!s_reading.TryGetValue(path, out reading) && !s_kept.ContainsKey(path)) return null;
                }
                // The warm-up is reading this path: its parse is kept when it ends (the lock is not held while waiting).
                if (reading != null) reading.Wait(WaitForWarmUpRead);
                lock (s_kept)
                {
                    if (!s_kept.TryGetValue(path, out kept)) return null;
                    s_kept.Remove(path);
                }
                return string.Equals(kept._fullPath, System.IO.Path.GetFullPath(path), StringComparison.Ordinal) && SameBytes(kept._bytes, bytes) ? kept : null;
            }

            private static bool SameBytes(byte[] a, byte[] b)
            {
                if (a.Length != b.Length) return false;
                for (int i = 0; i < a.Length; i++)
                    if (a[i] != b[i]) return false;
                return true;
            }
        }

        /// <summary>Parses the YAML within the limits; a ManifestException at the first error.</summary>
        private static YamlStream Load(string yaml, string path)
        {
            var stream = new YamlStream();
            var scanner = new Scanner(new StringReader(yaml));
            try
            {
                stream.Load(YamlLimits.Bounded(new Parser(scanner), path));
            }
            catch (YamlException ex)
            {
                throw new ManifestException(path, (int)ex.Start.Line, (int)ex.Start.Column, FirstLine(ex.Message), ex);
            }
            catch (InvalidOperationException ex)
            {
                // YamlDotNet's scanner can fail this way on some malformed input (an unclosed [ list):
                // report where it stopped reading.
                var at = scanner.CurrentPosition;
                throw new ManifestException(path, (int)at.Line, (int)at.Column, "the YAML is malformed here (an unclosed bracket or quote?)", ex);
            }
            return stream;
        }

        /// <summary>The manifest a parsed stream holds; a ManifestException at the first error.</summary>
        private static CorpusManifest FromStream(YamlStream stream, string path)
        {
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return new CorpusManifest(path, null, Array.Empty<DocumentEntry>(), Array.Empty<PartyDefinition>(), Array.Empty<QuestionDefinition>());

            var root = stream.Documents[0].RootNode as YamlMappingNode
                ?? throw Error(path, stream.Documents[0].RootNode, "the manifest must be a mapping with keys such as documents, parties and questions");

            IncidentDescription? incident = null;
            var documents = new List<DocumentEntry>();
            var parties = new List<PartyDefinition>();
            var questions = new List<QuestionDefinition>();

            foreach (var pair in root.Children)
            {
                var key = KeyOf(path, pair.Key);
                switch (key)
                {
                    case "incident":
                        var inc = Mapping(path, pair.Value, "incident");
                        incident = new IncidentDescription(Scalar(path, inc, "name"), Scalar(path, inc, "date"), Scalar(path, inc, "place"), Scalar(path, inc, "description"));
                        break;
                    case "documents":
                        foreach (var item in Sequence(path, pair.Value, "documents"))
                            documents.Add(ReadDocument(path, Mapping(path, item, "a document entry")));
                        break;
                    case "parties":
                        foreach (var item in Sequence(path, pair.Value, "parties"))
                            parties.Add(ReadParty(path, Mapping(path, item, "a party")));
                        break;
                    case "questions":
                        foreach (var item in Sequence(path, pair.Value, "questions"))
                            questions.Add(ReadQuestion(path, Mapping(path, item, "a question")));
                        break;
                    default:
                        // Unknown top-level sections are allowed (notes, sources …) and ignored.
                        break;
                }
            }

            var dupParty = parties.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (dupParty != null)
                throw new ManifestException(path, 1, 1, $"the party '{dupParty.Key}' is defined twice");
            var dupQuestion = questions.GroupBy(q => q.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (dupQuestion != null)
                throw new ManifestException(path, 1, 1, $"the question '{dupQuestion.Key}' is defined twice");

            return new CorpusManifest(path, incident, documents, parties, questions);
        }

        private static DocumentEntry ReadDocument(string path, YamlMappingNode node)
        {
            var file = Scalar(path, node, "file") ?? throw Error(path, node, "a document entry needs a 'file'");
            var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
                { "file", "id", "title", "outlet", "byline", "published", "updated", "story", "storyid", "story_id" };
            var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in node.Children)
            {
                var key = KeyOf(path, pair.Key);
                if (known.Contains(key)) continue;
                extra[key] = pair.Value switch
                {
                    YamlScalarNode s => s.Value ?? "",
                    YamlSequenceNode seq => string.Join("; ", seq.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
                    _ => throw Error(path, pair.Value, $"'{key}' must be a value or a list of values"),
                };
            }

            return new DocumentEntry(
                file,
                Scalar(path, node, "id"),
                Scalar(path, node, "title"),
                Scalar(path, node, "outlet"),
                Scalar(path, node, "byline"),
                Date(path, node, "published"),
                Date(path, node, "updated"),
                Scalar(path, node, "story") ?? Scalar(path, node, "storyid") ?? Scalar(path, node, "story_id"),
                extra);
        }

        private static PartyDefinition ReadParty(string path, YamlMappingNode node)
        {
            var name = Scalar(path, node, "name") ?? throw Error(path, node, "a party needs a 'name'");
            return new PartyDefinition(
                name,
                List(path, node, "aliases"),
                List(path, node, "organisations").Concat(List(path, node, "organizations")),
                List(path, node, "people"),
                Scalar(path, node, "description"),
                Flag(path, node, "others"));
        }

        /// <summary>A true/false value (YAML's true, false, yes, no); false when the key is absent.</summary>
        private static bool Flag(string path, YamlMappingNode node, string key)
        {
            var value = Scalar(path, node, key);
            if (value == null) return false;
            return ManifestFlag.TryParse(value, out bool flag) ? flag : throw Error(path, Child(node, key)!, $"'{key}' must be true or false");
        }

        private static QuestionDefinition ReadQuestion(string path, YamlMappingNode node)
        {
            var id = Scalar(path, node, "id") ?? throw Error(path, node, "a question needs an 'id'");
            var text = Scalar(path, node, "text") ?? Scalar(path, node, "question") ?? id;
            var positions = new List<PositionDefinition>();
            if (Child(node, "positions") is { } posNode)
            {
                foreach (var item in Sequence(path, posNode, "positions"))
                {
                    var pos = Mapping(path, item, "a position");
                    var label = Scalar(path, pos, "label") ?? throw Error(path, pos, "a position needs a 'label'");
                    var cues = new List<CueDefinition>();
                    if (Child(pos, "cues") is { } cuesNode)
                        Cues(path, cuesNode, "cues", "a cue", cues);
                    positions.Add(new PositionDefinition(label, cues));
                }
            }
            // phrases that leave the question's point open, in the cues' syntax (no 'yields': they give no position to yield)
            var open = new List<CueDefinition>();
            if (Child(node, "open") is { } openNode)
                Cues(path, openNode, "open", "an open phrase", open);
            return new QuestionDefinition(id, text, positions, open);
        }

        /// <summary>The cues of a list (a position's <c>cues:</c>, a question's <c>open:</c>), each a phrase or a mapping with 'text' and 'party'.</summary>
        private static void Cues(string path, YamlNode listNode, string key, string what, List<CueDefinition> cues)
        {
            bool open = key == "open";
            foreach (var cue in Sequence(path, listNode, key))
            {
                switch (cue)
                {
                    case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value):
                        cues.Add(new CueDefinition(s.Value!.Trim()));
                        break;
                    case YamlMappingNode m:
                        var cueText = Scalar(path, m, "text") ?? Scalar(path, m, "cue") ?? throw Error(path, m, $"{what} needs a 'text'");
                        var party = Scalar(path, m, "party");
                        var list = List(path, m, "parties").ToList();
                        if (party != null) list.Add(party);
                        if (open && Child(m, "yields") is { } yieldsNode)
                            throw Error(path, yieldsNode, "'yields' belongs to a position's cues; an open phrase gives no position to yield");
                        bool yields = Flag(path, m, "yields");
                        if (list.Count == 0) cues.Add(new CueDefinition(cueText.Trim(), null, yields));
                        foreach (var p in list) cues.Add(new CueDefinition(cueText.Trim(), p, yields));
                        break;
                    default:
                        throw Error(path, cue, $"{what} must be a phrase or a mapping with 'text' and 'party'");
                }
            }
        }

        private static string KeyOf(string path, YamlNode key) =>
            key is YamlScalarNode s && s.Value != null ? s.Value.Trim().ToLowerInvariant() : throw Error(path, key, "keys must be plain words");

        private static YamlNode? Child(YamlMappingNode node, string key)
        {
            foreach (var pair in node.Children)
                if (pair.Key is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.OrdinalIgnoreCase))
                    return pair.Value;
            return null;
        }

        private static string? Scalar(string path, YamlMappingNode node, string key)
        {
            var child = Child(node, key);
            if (child == null) return null;
            if (child is YamlScalarNode s)
                return string.IsNullOrEmpty(s.Value) || s.Value == "~" || s.Value == "null" ? null : s.Value;
            throw Error(path, child, $"'{key}' must be a single value");
        }

        private static IEnumerable<string> List(string path, YamlMappingNode node, string key)
        {
            var child = Child(node, key);
            if (child == null) return Array.Empty<string>();
            if (child is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? Array.Empty<string>() : new[] { s.Value!.Trim() };
            if (child is YamlSequenceNode seq)
                return seq.Children.Select(c => c is YamlScalarNode cs && cs.Value != null ? cs.Value.Trim() : throw Error(path, c, $"'{key}' must be a list of values")).ToArray();
            throw Error(path, child, $"'{key}' must be a list of values");
        }

        private static DateTimeOffset? Date(string path, YamlMappingNode node, string key)
        {
            var value = Scalar(path, node, key);
            if (value == null) return null;
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return date;
            throw Error(path, Child(node, key)!, $"'{key}' is not a date: '{value}' (use ISO 8601, e.g. 2011-12-22 or 2012-03-28T18:39:00-04:00)");
        }

        private static YamlMappingNode Mapping(string path, YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(path, node, $"{what} must be a mapping (key: value)");

        private static IEnumerable<YamlNode> Sequence(string path, YamlNode node, string what) =>
            node is YamlSequenceNode seq ? seq.Children
            : node is YamlScalarNode { Value: null or "" } ? Array.Empty<YamlNode>()
            : throw Error(path, node, $"'{what}' must be a list");

        private static ManifestException Error(string path, YamlNode node, string message) =>
            new ManifestException(path, (int)node.Start.Line, (int)node.Start.Column, message);

        private static string FirstLine(string message)
        {
            var i = message.IndexOf('\n');
            return i < 0 ? message : message.Substring(0, i).TrimEnd();
        }
    }
}
