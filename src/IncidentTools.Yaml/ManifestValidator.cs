using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Checks a corpus manifest against its schema and reports every issue at once: keys the
    /// schema does not know (with the nearest known key), values of the wrong type, dates that do
    /// not parse, documents entries that name no file of the folder, cues that name no party.
    /// The reader (<see cref="ManifestReader"/>) stops at the first error; this walks the whole
    /// document, so an analyst writing a manifest sees everything in one go.
    /// </summary>
    internal static class ManifestValidator
    {
        private static readonly string[] TopKeys = { "incident", "documents", "parties", "questions" };
        private static readonly string[] IncidentKeys = { "name", "date", "place", "description" };
        private static readonly string[] DocumentKeys = { "file", "id", "title", "outlet", "byline", "published", "updated", "story", "storyid", "story_id" };
        private static readonly string[] PartyKeys = { "name", "aliases", "organisations", "organizations", "people", "description", "others" };
        private static readonly string[] QuestionKeys = { "id", "text", "question", "positions", "open" };
        private static readonly string[] PositionKeys = { "label", "cues" };
        private static readonly string[] CueKeys = { "text", "cue", "party", "parties", "yields" };
        private static readonly Regex Placeholder = new Regex(@"\{([^}]*)\}", RegexOptions.CultureInvariant);

        /// <summary>Reads and checks a manifest file.</summary>
        public static IReadOnlyList<ManifestIssue> Validate(string path, bool checkWithReader = true)
        {
            string text;
            try
            {
                YamlLimits.CheckFileSize(path);
                text = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
            }
            catch (ManifestException ex) when (ex.LimitExceeded)
            {
                return new[] { new ManifestIssue(path, ex.Line, ex.Column, ManifestSeverity.Error, "LimitExceeded", "The manifest exceeds a limit: " + ex.Reason) };
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotTextException)
            {
                return new[] { new ManifestIssue(path, 1, 1, ManifestSeverity.Error, "ReadError", $"The manifest cannot be read: {ex.Message}") };
            }
            return ValidateText(text, path, System.IO.Path.GetDirectoryName(path), checkWithReader);
        }

        /// <summary>Checks a manifest's text; <paramref name="folder"/> is where its documents entries are looked for.</summary>
        public static IReadOnlyList<ManifestIssue> ValidateText(string yaml, string path, string? folder, bool checkWithReader = true)
        {
            var issues = new List<ManifestIssue>();
            var stream = new YamlStream();
            var scanner = new Scanner(new StringReader(yaml));
            try
            {
                stream.Load(YamlLimits.Bounded(new Parser(scanner), path));
            }
            catch (ManifestException ex) when (ex.LimitExceeded)
            {
                // The same bounds as the reader: an alias bomb or deep nesting is one issue, not a crash.
                issues.Add(new ManifestIssue(path, ex.Line, ex.Column, ManifestSeverity.Error, "LimitExceeded", "The manifest exceeds a limit: " + ex.Reason));
                return issues;
            }
            catch (YamlException ex)
            {
                issues.Add(new ManifestIssue(path, (int)ex.Start.Line, (int)ex.Start.Column, ManifestSeverity.Error, "ParseError", "The YAML does not parse: " + FirstLine(ex.Message)));
                return issues;
            }
            catch (InvalidOperationException)
            {
                var at = scanner.CurrentPosition;
                issues.Add(new ManifestIssue(path, (int)at.Line, (int)at.Column, ManifestSeverity.Error, "ParseError", "The YAML is malformed here (an unclosed bracket or quote?)."));
                return issues;
            }
            return ValidateStream(stream, path, folder, checkWithReader, yaml, issues);
        }

        /// <summary>
        /// Checks a manifest already parsed (by the reader: one parse for both). With <paramref name="checkWithReader"/>,
        /// the reader's own checks run on <paramref name="yaml"/>, the text the stream was parsed from.
        /// </summary>
        internal static IReadOnlyList<ManifestIssue> ValidateStream(YamlStream stream, string path, string? folder, bool checkWithReader, string? yaml = null, List<ManifestIssue>? issues = null)
        {
            issues ??= new List<ManifestIssue>();
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return issues;

            var walker = new Walker(path, folder, issues, reportOutside: checkWithReader);
            walker.Root(stream.Documents[0].RootNode);

            // What the reader itself refuses (it stops at the first), where the walk found no error of its own.
            if (checkWithReader && yaml != null && !issues.Any(i => i.Severity == ManifestSeverity.Error))
            {
                try
                {
                    ManifestReader.Parse(yaml, path);
                }
                catch (ManifestException ex)
                {
                    issues.Add(new ManifestIssue(path, ex.Line, ex.Column, ManifestSeverity.Error, "Invalid", Capitalise(ex.Reason) + "."));
                }
            }
            return issues.OrderBy(i => i.Line).ThenBy(i => i.Column).ToArray();
        }

        private sealed class Walker
        {
            private readonly string _path;
            private readonly string? _folder;
            private readonly bool _reportOutside;
            private readonly List<ManifestIssue> _issues;
            private readonly List<(string Name, string[] Aliases)> _parties = new List<(string, string[])>();
            private int _othersParty;
            private readonly HashSet<string> _questionIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            private readonly List<(YamlNode Node, string Party, string Where)> _cueParties = new List<(YamlNode, string, string)>();

            public Walker(string path, string? folder, List<ManifestIssue> issues, bool reportOutside = true)
            {
                _reportOutside = reportOutside;
                _path = path;
                _folder = folder;
                _issues = issues;
            }

            public void Root(YamlNode root)
            {
                if (!(root is YamlMappingNode map))
                {
                    Error(root, "WrongType", "The manifest must be a mapping with keys such as documents, parties and questions.");
                    return;
                }
                foreach (var pair in map.Children)
                {
                    var key = Key(pair.Key, TopKeys, "at the top of the manifest", metadata: false);
                    switch (key)
                    {
                        case "incident": Incident(pair.Value); break;
                        case "documents": foreach (var item in Sequence(pair.Value, "documents")) Document(item); break;
                        case "parties": foreach (var item in Sequence(pair.Value, "parties")) Party(item); break;
                        case "questions": foreach (var item in Sequence(pair.Value, "questions")) Question(item); break;
                    }
                }
                // Cue parties are checked once every party is known (parties may come after questions).
                var names = _parties.Select(p => p.Name).Concat(_parties.SelectMany(p => p.Aliases)).ToArray();
                foreach (var (node, party, where) in _cueParties)
                {
                    var name = party.Replace('_', ' ');
                    if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))) continue;
                    var nearest = Suggest.Nearest(name, names);
                    Warn(node, "UnknownParty",
                        _parties.Count == 0
                            ? $"{where} names the party '{party}', but the manifest defines no parties; the cue is left out."
                            : $"{where} names the party '{party}', which the manifest does not define" + (nearest != null ? $"; did you mean '{nearest}'?" : $" (parties: {string.Join(", ", _parties.Select(p => p.Name))}).") + " The cue is left out.",
                        key: party, suggestion: nearest);
                }
            }

            private void Incident(YamlNode node)
            {
                if (!(Mapping(node, "incident") is { } map)) return;
                foreach (var pair in map.Children)
                {
                    var key = Key(pair.Key, IncidentKeys, "in incident", metadata: false);
                    if (key == null) continue;
                    var value = Scalar(pair.Value, "incident." + key);
                    if (key == "date" && value != null && !IsDate(value))
                        Warn(pair.Value, "InvalidDate", $"incident.date '{value}' is not a date (use ISO 8601, e.g. 2011-11-26).", key: key);
                }
            }

            private void Document(YamlNode node)
            {
                if (!(Mapping(node, "a documents entry") is { } map)) return;
                string? file = null;
                foreach (var pair in map.Children)
                {
                    var key = Key(pair.Key, DocumentKeys, "in a documents entry", metadata: true);
                    if (key == null) continue;
                    if (!DocumentKeys.Contains(key))
                    {
                        // Other fields are the document's Metadata: a value or a list of values.
                        if (!(pair.Value is YamlScalarNode) && !(pair.Value is YamlSequenceNode seq && seq.Children.All(c => c is YamlScalarNode)))
                            Error(pair.Value, "WrongType", $"'{key}' in a documents entry must be a value or a list of values.", key);
                        continue;
                    }
                    var value = Scalar(pair.Value, key);
                    if (key == "file") file = value;
                    if ((key == "published" || key == "updated") && value != null && !IsDate(value))
                        Error(pair.Value, "InvalidDate", $"'{key}' is not a date: '{value}' (use ISO 8601, e.g. 2011-12-22 or 2012-03-28T18:39:00-04:00).", key);
                }
                if (file == null)
                {
                    if (Child(map, "file") != null) return; // there, but not a single value: said already
                    Error(map, "MissingKey", "A documents entry needs a 'file' (the article's file name in the folder).", "file");
                    return;
                }
                if (_folder == null) return;
                var fileNode = Child(map, "file")!;
                if (!ManifestChecks.IsInFolder(_folder, file))
                {
                    // Never probed: a manifest does not make the module look outside its folder. The
                    // corpus reader refuses the entry with its own warning (ManifestChecks); Test-IncidentManifest says it here.
                    if (_reportOutside)
                        Warn(fileNode, "OutsideFolder", $"The documents entry names '{file}', a file outside the corpus folder '{_folder}'; it is ignored (a manifest describes only the files beside it).", key: file);
                    return;
                }
                bool exists;
                try
                {
                    exists = File.Exists(System.IO.Path.Combine(_folder, file));
                }
                catch (ArgumentException)
                {
                    exists = false;
                }
                if (exists) return;
                string[] files;
                try
                {
                    files = Directory.GetFiles(_folder).Select(f => System.IO.Path.GetFileName(f)).ToArray();
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    files = Array.Empty<string>();
                }
                var nearest = Suggest.Nearest(file, files);
                Warn(fileNode, "FileNotFound",
                    $"The documents entry names the file '{file}', which is not in the folder '{_folder}'" + (nearest != null ? $"; did you mean '{nearest}'?" : ".") + " The entry applies to no article.",
                    key: file, suggestion: nearest);
            }

            private void Party(YamlNode node)
            {
                if (!(Mapping(node, "a party") is { } map)) return;
                string? name = null;
                var aliases = new List<string>();
                foreach (var pair in map.Children)
                {
                    var key = Key(pair.Key, PartyKeys, "in a party", metadata: false);
                    if (key == null) continue;
                    if (key == "name" || key == "description")
                    {
                        var value = Scalar(pair.Value, key);
                        if (key == "name") name = value;
                    }
                    else if (key == "others")
                    {
                        var value = Scalar(pair.Value, key);
                        if (value == null) continue;
                        if (!ManifestFlag.TryParse(value, out bool others))
                            Error(pair.Value, "NotTrueOrFalse", "'others' must be true or false.", key);
                        else if (others && _othersParty++ > 0)
                            Error(pair.Value, "DuplicateOthers", "Only one party can stand for the other countries ('others: true').", key);
                    }
                    else
                    {
                        var values = List(pair.Value, key);
                        if (key == "aliases") aliases.AddRange(values);
                    }
                }
                if (name == null)
                {
                    if (Child(map, "name") == null) Error(map, "MissingKey", "A party needs a 'name'.", "name");
                    return;
                }
                if (_parties.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                    Error(Child(map, "name")!, "DuplicateName", $"The party '{name}' is defined twice.", "name");
                _parties.Add((name, aliases.ToArray()));
            }

            private void Question(YamlNode node)
            {
                if (!(Mapping(node, "a question") is { } map)) return;
                string? id = null;
                foreach (var pair in map.Children)
                {
                    var key = Key(pair.Key, QuestionKeys, "in a question", metadata: false);
                    if (key == null) continue;
                    if (key == "positions")
                    {
                        foreach (var item in Sequence(pair.Value, "positions")) Position(item, id);
                        continue;
                    }
                    if (key == "open")
                    {
                        // phrases that leave the question's point open: cues in the same syntax
                        foreach (var item in Sequence(pair.Value, "open")) Cue(item, id, open: true);
                        continue;
                    }
                    var value = Scalar(pair.Value, key);
                    if (key == "id") id = value;
                }
                if (id == null && Child(map, "id") == null) Error(map, "MissingKey", "A question needs an 'id' (the name -Question takes).", "id");
                else if (id != null && !_questionIds.Add(id)) Error(Child(map, "id")!, "DuplicateName", $"The question '{id}' is defined twice.", "id");
            }

            private void Position(YamlNode node, string? question)
            {
                if (!(Mapping(node, "a position") is { } map)) return;
                string? label = null;
                foreach (var pair in map.Children)
                {
                    var key = Key(pair.Key, PositionKeys, "in a position", metadata: false);
                    if (key == "label") label = Scalar(pair.Value, key);
                    else if (key == "cues")
                        foreach (var cue in Sequence(pair.Value, "cues")) Cue(cue, question);
                }
                if (label == null && Child(map, "label") == null) Error(map, "MissingKey", "A position needs a 'label'.", "label");
            }

            private void Cue(YamlNode node, string? question, bool open = false)
            {
                var what = open ? "An open phrase" : "A cue";
                var where = question == null ? what : $"{what} of the question '{question}'";
                switch (node)
                {
                    case YamlScalarNode s:
                        Placeholders(s, s.Value ?? "", where);
                        break;
                    case YamlMappingNode map:
                        string? text = null;
                        foreach (var pair in map.Children)
                        {
                            var key = Key(pair.Key, CueKeys, "in a cue", metadata: false);
                            if (key == null) continue;
                            if (key == "parties")
                            {
                                foreach (var p in ListNodes(pair.Value, key)) _cueParties.Add((p, ((YamlScalarNode)p).Value ?? "", where));
                                continue;
                            }
                            var value = Scalar(pair.Value, key);
                            if (key == "yields")
                            {
                                if (open)
                                    Error(pair.Key, "NotAllowed", "'yields' belongs to a position's cues; an open phrase gives no position to yield.", key);
                                else if (value != null && !ManifestFlag.TryParse(value, out _))
                                    Error(pair.Value, "NotTrueOrFalse", "'yields' must be true or false.", key);
                                continue;
                            }
                            if (key == "text" || key == "cue") { text = value; if (value != null) Placeholders(pair.Value, value, where); }
                            if (key == "party" && value != null) _cueParties.Add((pair.Value, value, where));
                        }
                        if (text == null && Child(map, "text") == null && Child(map, "cue") == null) Error(map, "MissingKey", $"{what} written as a mapping needs a 'text'.", "text");
                        break;
                    default:
                        Error(node, "WrongType", $"{what} must be a phrase or a mapping with 'text' and 'party'.");
                        break;
                }
            }

            private void Placeholders(YamlNode node, string text, string where)
            {
                foreach (Match m in Placeholder.Matches(text))
                {
                    var name = m.Groups[1].Value.Trim();
                    if (string.Equals(name, "self", StringComparison.OrdinalIgnoreCase)) continue;
                    _cueParties.Add((node, name, where + $" ('{text}')"));
                }
            }

            /// <summary>The key as the schema knows it, or null (with a warning) for an unknown one; metadata keys pass unless near a known key.</summary>
            private string? Key(YamlNode keyNode, string[] known, string where, bool metadata)
            {
                if (!(keyNode is YamlScalarNode s) || s.Value == null)
                {
                    Error(keyNode, "WrongType", $"Keys must be plain words ({where}).");
                    return null;
                }
                var key = s.Value.Trim().ToLowerInvariant();
                if (known.Contains(key)) return key;
                var nearest = Suggest.Nearest(key, known);
                if (metadata)
                {
                    // Any other field of a documents entry goes to the document's Metadata, unless it looks like a slip.
                    if (nearest == null) return key;
                    Warn(keyNode, "UnknownKey", $"Unknown key '{s.Value}' {where}; did you mean '{nearest}'? It is kept as metadata.", s.Value, nearest);
                    return null;
                }
                Warn(keyNode, "UnknownKey",
                    $"Unknown key '{s.Value}' {where}" + (nearest != null ? $"; did you mean '{nearest}'?" : $" (known keys: {string.Join(", ", known)}).") + " It is ignored.",
                    s.Value, nearest);
                return null;
            }

            private YamlMappingNode? Mapping(YamlNode node, string what)
            {
                if (node is YamlMappingNode map) return map;
                Error(node, "WrongType", $"{Capitalise(what)} must be a mapping (key: value).");
                return null;
            }

            private IEnumerable<YamlNode> Sequence(YamlNode node, string key)
            {
                if (node is YamlSequenceNode seq) return seq.Children;
                if (node is YamlScalarNode { Value: null or "" }) return Array.Empty<YamlNode>();
                Error(node, "WrongType", $"'{key}' must be a list (items starting with '- ').", key);
                return Array.Empty<YamlNode>();
            }

            private string? Scalar(YamlNode node, string key)
            {
                if (node is YamlScalarNode s)
                    return string.IsNullOrEmpty(s.Value) || s.Value == "~" || s.Value == "null" ? null : s.Value;
                Error(node, "WrongType", $"'{key}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}.", key);
                return null;
            }

            private IEnumerable<string> List(YamlNode node, string key) =>
                ListNodes(node, key).Select(n => ((YamlScalarNode)n).Value ?? "");

            private IEnumerable<YamlNode> ListNodes(YamlNode node, string key)
            {
                if (node is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? Array.Empty<YamlNode>() : new YamlNode[] { s };
                if (node is YamlSequenceNode seq)
                {
                    var bad = seq.Children.FirstOrDefault(c => !(c is YamlScalarNode));
                    if (bad != null) Error(bad, "WrongType", $"'{key}' must be a list of values.", key);
                    return seq.Children.Where(c => c is YamlScalarNode).ToArray();
                }
                Error(node, "WrongType", $"'{key}' must be a value or a list of values, not a mapping.", key);
                return Array.Empty<YamlNode>();
            }

            private void Error(YamlNode node, string code, string message, string? key = null) =>
                _issues.Add(new ManifestIssue(_path, (int)node.Start.Line, (int)node.Start.Column, ManifestSeverity.Error, code, message, key));

            private void Warn(YamlNode node, string code, string message, string? key = null, string? suggestion = null) =>
                _issues.Add(new ManifestIssue(_path, (int)node.Start.Line, (int)node.Start.Column, ManifestSeverity.Warning, code, message, key, suggestion));
        }

        private static YamlNode? Child(YamlMappingNode node, string key)
        {
            foreach (var pair in node.Children)
                if (pair.Key is YamlScalarNode s && string.Equals(s.Value?.Trim(), key, StringComparison.OrdinalIgnoreCase))
                    return pair.Value;
            return null;
        }

        private static bool IsDate(string value) =>
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

        private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

        private static string FirstLine(string message)
        {
            var i = message.IndexOf('\n');
            return i < 0 ? message : message.Substring(0, i).TrimEnd();
        }
    }
}
