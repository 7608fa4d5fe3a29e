namespace IncidentTools
{
    /// <summary>How bad a manifest issue is.</summary>
    public enum ManifestSeverity : long // long: ConvertTo-Json writes the name (see OutputShapeTests)
    {
        /// <summary>The manifest cannot be used as written: the corpus is read without it.</summary>
        Error,
        /// <summary>Something is probably not what was meant (a misspelt key, a file that is not there); the rest of the manifest applies.</summary>
        Warning,
    }

    /// <summary>One problem in a corpus manifest, with the place it stands (Test-IncidentManifest's output).</summary>
    public sealed class ManifestIssue
    {
        public ManifestIssue(string path, int line, int column, ManifestSeverity severity, string code, string message, string? key = null, string? suggestion = null)
        {
            Path = path;
            Line = line;
            Column = column;
            Severity = severity;
            Code = code;
            Message = message;
            Key = key;
            Suggestion = suggestion;
        }

        /// <summary>The manifest file.</summary>
        public string Path { get; }

        /// <summary>1-based line of the offending key or value.</summary>
        public int Line { get; }

        /// <summary>1-based column.</summary>
        public int Column { get; }

        public ManifestSeverity Severity { get; }

        /// <summary>What kind of issue: ParseError, UnknownKey, WrongType, MissingKey, InvalidDate, FileNotFound, UnknownParty, DuplicateName.</summary>
        public string Code { get; }

        public string Message { get; }

        /// <summary>The key the issue is about, where there is one.</summary>
        public string? Key { get; }

        /// <summary>The nearest known key, file or party name, where one is near enough to be what was meant.</summary>
        public string? Suggestion { get; }

        /// <summary>"path(line,column): message", as compilers write it.</summary>
        public override string ToString() => $"{Path}({Line},{Column}): {Message}";
    }
}
