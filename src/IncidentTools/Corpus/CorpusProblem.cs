namespace IncidentTools
{
    /// <summary>What went wrong with one input of a corpus.</summary>
    public enum CorpusProblemKind : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>The path does not exist.</summary>
        NotFound,
        /// <summary>The file's bytes are not text.</summary>
        NotText,
        /// <summary>The manifest does not parse (the message names file, line and column).</summary>
        ManifestInvalid,
        /// <summary>The file could not be read (permissions, locks, I/O).</summary>
        ReadFailed,
        /// <summary>Warning: the file was not valid UTF-8 and was read as Windows-1252.</summary>
        EncodingFallback,
        /// <summary>Warning: a folder holds no article files.</summary>
        NoArticles,
        /// <summary>Warning: a file holds no text at all.</summary>
        EmptyFile,
        /// <summary>The file is larger than <see cref="CorpusReader.MaxFileBytes"/> and was not read.</summary>
        FileTooLarge,
        /// <summary>The file may not be read by this user (permissions).</summary>
        AccessDenied,
        /// <summary>The manifest exceeds a limit (size, nesting, aliases, scalar length) and was not read.</summary>
        ManifestLimitExceeded,
        /// <summary>Warning: a manifest entry was refused (a file outside the corpus folder, a file listed twice).</summary>
        ManifestEntryRefused,
        /// <summary>Warning: a document has the id of another document already read.</summary>
        DuplicateId,
        /// <summary>Warning: the manifest has an unknown key, a documents entry for a file that is not there, a cue for an unknown party … (the message names file, line and column).</summary>
        ManifestWarning,
        /// <summary>Judging whether the document is about the manifest's incident failed; the document is not given (the message names the file and the fault).</summary>
        RelevanceFailed,
    }

    /// <summary>A problem with one input; the other inputs still go through.</summary>
    public sealed class CorpusProblem
    {
        public CorpusProblem(CorpusProblemKind kind, string path, string message, System.Exception? exception = null)
        {
            Kind = kind;
            Path = path;
            Message = message;
            Exception = exception;
        }

        public CorpusProblemKind Kind { get; }

        /// <summary>The offending file or folder.</summary>
        public string Path { get; }

        public string Message { get; }

        public System.Exception? Exception { get; }

        /// <summary>True for the kinds that leave a usable result (fallback decoding, empty folder or file, a refused manifest entry, a duplicate id).</summary>
        public bool IsWarning =>
            Kind == CorpusProblemKind.EncodingFallback || Kind == CorpusProblemKind.NoArticles || Kind == CorpusProblemKind.EmptyFile
            || Kind == CorpusProblemKind.ManifestEntryRefused || Kind == CorpusProblemKind.DuplicateId || Kind == CorpusProblemKind.ManifestWarning;

        public override string ToString() => Message;
    }
}
