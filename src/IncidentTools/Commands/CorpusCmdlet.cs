using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// What every IncidentTools cmdlet shares: -Path (wildcards) and -LiteralPath (alias PSPath),
    /// both from the pipeline by property name, resolved through the session's provider; the
    /// bundled corpus when neither is given; one non-terminating error per bad input.
    /// The cmdlets hold no text logic: they call the engine and write what it returns.
    /// </summary>
    public abstract class CorpusCmdlet : PSCmdlet
    {
        protected const string PathSet = "Path";
        protected const string LiteralPathSet = "LiteralPath";

        /// <summary>PowerShell creates the command: the module's warm-up leaves the rest of the processor to it.</summary>
        protected CorpusCmdlet()
        {
            if (StartupTrace.Enabled) StartupTrace.Mark("command created: " + GetType().Name);
            ModuleWarmUp.CommandBegun();
        }

        /// <summary>Files or folders of articles; wildcards allowed. Default: the bundled corpus.
        /// Each cmdlet declares it with the [Parameter] attributes of its own parameter sets.</summary>
        public abstract string[]? Path { get; set; }

        /// <summary>Files or folders of articles, taken exactly as written (no wildcards).</summary>
        public abstract string[]? LiteralPath { get; set; }

        /// <summary>The reader shared by every input of one pipeline (so versions of a story are grouped across inputs).</summary>
        internal CorpusReader Reader { get; } = new CorpusReader();

        /// <summary>
        /// The provider paths this record names: -Path resolved with wildcards, -LiteralPath as is,
        /// the bundled corpus when neither is bound. Errors for paths that resolve to nothing.
        /// </summary>
        protected IEnumerable<string> ResolveInputPaths()
        {
            if (LiteralPath != null)
            {
                foreach (var p in LiteralPath)
                {
                    string resolved;
                    try
                    {
                        resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(p);
                    }
                    catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is NotSupportedException || ex is ArgumentException)
                    {
                        WriteNotFound(p, ex);
                        continue;
                    }
                    yield return resolved;
                }
                yield break;
            }

            if (Path == null)
            {
                yield return IncidentCorpus.DefaultPath;
                yield break;
            }

            foreach (var p in Path)
            {
                var found = new List<string>();
                try
                {
                    var paths = SessionState.Path.GetResolvedProviderPathFromPSPath(p, out ProviderInfo provider);
                    if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
                    {
                        WriteError(new ErrorRecord(
                            new ArgumentException($"The path '{p}' is not a file system path (provider {provider.Name})."),
                            "NotFileSystemPath", ErrorCategory.InvalidArgument, p));
                        continue;
                    }
                    found.AddRange(paths);
                }
                catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is NotSupportedException || ex is ArgumentException)
                {
                    WriteNotFound(p, ex);
                    continue;
                }
                if (found.Count == 0)
                {
                    WriteNotFound(p, null);
                    continue;
                }
                foreach (var f in found) yield return f;
            }
        }

        /// <summary>Runs over this many files or more show progress.</summary>
        internal const int ProgressThreshold = 20;

        private static readonly int ProgressActivity = typeof(CorpusCmdlet).GetHashCode() & 0x7FFFFFFF;
        private bool _hooked;
        private int _filesAhead, _filesRead;
        private readonly System.Diagnostics.Stopwatch _sinceProgress = new System.Diagnostics.Stopwatch();

        /// <summary>Connects the reader to -Verbose and to the progress bar, and gives it its threads, once.</summary>
        private void HookReader()
        {
            if (_hooked) return;
            _hooked = true;
            if (VerboseWanted()) Reader.Verbose = message => Emit(() => WriteVerbose(message));
            Reader.FilesAhead = n => _filesAhead += n;
            Reader.MaxDegreeOfParallelism = ReadingThreads;
        }

        /// <summary>How many threads read and clean files (the cmdlets with -ThrottleLimit give theirs); 1: the pipeline thread.</summary>
        internal virtual int ReadingThreads => 1;

        /// <summary>
        /// Writes an error, warning, verbose message or progress record that reading gives. By default at
        /// once; a cmdlet that works on documents in parallel keeps it in its place among the objects
        /// still being worked on, so everything comes out in the order one thread would give.
        /// Always called, and the action always run, on the pipeline thread.
        /// </summary>
        internal virtual void Emit(Action write) => write();

        private bool VerboseWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out var v))
                return v is SwitchParameter sw ? sw.IsPresent : LanguagePrimitives.IsTrue(v);
            var preference = SessionState.PSVariable.GetValue("VerbosePreference");
            return preference != null && !string.Equals(preference.ToString(), "SilentlyContinue", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(preference.ToString(), "Ignore", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Reads the documents this record names, writing each problem as it comes.</summary>
        protected IEnumerable<IncidentDocument> ReadDocuments()
        {
            HookReader();
            foreach (var result in Reader.Read(ResolveInputPaths()))
                if (Given(result) is { } read) yield return read;
        }

        /// <summary>
        /// As <see cref="ReadDocuments()"/>, each document with what <paramref name="find"/> found in it on the
        /// reader's thread that read it (CorpusReader.Read with a find); a document <paramref name="wanted"/>
        /// refuses comes with the default of <typeparamref name="T"/>.
        /// </summary>
        protected IEnumerable<(IncidentDocument Document, T Found)> ReadDocuments<T>(Func<IncidentDocument, CorpusManifest, T> find, Func<IncidentDocument, bool> wanted)
        {
            HookReader();
            foreach (var (result, found) in Reader.Read(ResolveInputPaths(), find, wanted))
                if (Given(result) is { } read) yield return (read, found);
        }

        /// <summary>The document a read result gives, its problem written first and its progress after; null for a problem alone.</summary>
        private IncidentDocument? Given(CorpusReadResult result)
        {
            if (result.Problem != null) WriteProblem(result.Problem);
            if (result.Document == null) return null;
            var read = result.Document;
            Emit(() => Progress(read));
            return read;
        }

        /// <summary>Write-Progress for runs over many files: at most four times a second, and once at the end.</summary>
        private void Progress(IncidentDocument read)
        {
            _filesRead++;
            if (_filesAhead < ProgressThreshold) return;
            bool last = _filesRead >= _filesAhead;
            if (!last && _sinceProgress.IsRunning && _sinceProgress.ElapsedMilliseconds < 250) return;
            _sinceProgress.Restart();
            var record = new ProgressRecord(ProgressActivity, "Reading articles", $"{_filesRead} of {_filesAhead}: {read.Id}")
            {
                PercentComplete = (int)Math.Min(100, 100L * _filesRead / _filesAhead),
                RecordType = last ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            WriteProgress(record);
        }

        /// <summary>
        /// The manifest of a document's folder (read once per pipeline), for documents that came
        /// from the pipeline as objects; a manifest that does not parse is reported once.
        /// </summary>
        protected CorpusManifest ManifestOf(IncidentDocument document)
        {
            var folder = System.IO.Path.GetDirectoryName(document.Path);
            if (folder == null || !Directory.Exists(folder)) return CorpusManifest.Empty;
            HookReader();
            var manifest = Reader.ManifestFor(folder, out var problems);
            foreach (var problem in problems) WriteProblem(problem);
            return manifest;
        }

        /// <summary>A corpus problem as an error record (or a warning, for the kinds that lose nothing).</summary>
        protected void WriteProblem(CorpusProblem problem) => Emit(() =>
        {
            if (problem.IsWarning) WriteWarning(problem.Message);
            else WriteError(ErrorFor(problem));
        });

        internal static ErrorRecord ErrorFor(CorpusProblem problem)
        {
            switch (problem.Kind)
            {
                case CorpusProblemKind.NotFound:
                    return new ErrorRecord(new ItemNotFoundException(problem.Message), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, problem.Path);
                case CorpusProblemKind.NotText:
                    return new ErrorRecord(new InvalidDataException(problem.Message, problem.Exception), ErrorIds.FileNotText, ErrorCategory.InvalidData, problem.Path);
                case CorpusProblemKind.ManifestInvalid:
                    return new ErrorRecord(new InvalidDataException(problem.Message, problem.Exception), ErrorIds.ManifestInvalid, ErrorCategory.InvalidData, problem.Path);
                case CorpusProblemKind.ManifestLimitExceeded:
                    return new ErrorRecord(new InvalidDataException(problem.Message, problem.Exception), ErrorIds.ManifestLimitExceeded, ErrorCategory.LimitsExceeded, problem.Path);
                case CorpusProblemKind.FileTooLarge:
                    return new ErrorRecord(new IOException(problem.Message, problem.Exception), ErrorIds.FileTooLarge, ErrorCategory.LimitsExceeded, problem.Path);
                case CorpusProblemKind.AccessDenied:
                    return new ErrorRecord(new UnauthorizedAccessException(problem.Message, problem.Exception), ErrorIds.FileAccessDenied, ErrorCategory.PermissionDenied, problem.Path);
                case CorpusProblemKind.RelevanceFailed:
                    return new ErrorRecord(new InvalidOperationException(problem.Message, problem.Exception), ErrorIds.RelevanceFailed, ErrorCategory.InvalidResult, problem.Path);
                default:
                    return new ErrorRecord(new IOException(problem.Message, problem.Exception), ErrorIds.FileReadFailed, ErrorCategory.ReadError, problem.Path);
            }
        }

        private void WriteNotFound(string path, Exception? inner)
        {
            var message = $"Cannot find path '{path}' because it does not exist.";
            WriteError(new ErrorRecord(new ItemNotFoundException(message, inner), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
        }

        /// <summary>True when the value matches any of the wildcard patterns (or no patterns were given).</summary>
        protected static bool MatchesAny(string? value, string[]? patterns) => Wildcard.MatchesAny(value, patterns);

        /// <summary>One error per literal name of the filter that matched nothing and is not known otherwise.</summary>
        internal void WriteUnmatched(NameFilter filter, Func<string, bool>? isKnown = null, IEnumerable<string>? known = null)
        {
            foreach (var name in filter.Unmatched(isKnown).ToArray())
                WriteError(filter.ErrorFor(name, known));
        }

        /// <summary>The parties of every manifest met so far.</summary>
        internal IEnumerable<PartyDefinition> KnownParties => Reader.Manifests.SelectMany(m => m.Parties);

        /// <summary>True when a manifest met so far defines this party name or alias.</summary>
        internal bool IsKnownParty(string name) =>
            KnownParties.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) || p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

        /// <summary>The party names of the manifests met, and the parties seen in the output, for "known" lists.</summary>
        internal IEnumerable<string> PartyNames(IEnumerable<string?> seen) =>
            KnownParties.Select(p => p.Name).Concat(seen.Where(s => s != null).Select(s => s!)).Distinct(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The other names of a party of the output, the same for -Party as for Compare-IncidentAccount's -ReferenceParty:
        /// a manifest party's aliases, else the forms of the country table ("Pakistani" for Pakistan; <see cref="Accounts.PartyNames"/>).
        /// </summary>
        internal static IEnumerable<string> AliasesOf(string? party, IReadOnlyList<PartyDefinition> parties) => Accounts.PartyNames.Aliases(party, parties);
    }

    /// <summary>The error ids IncidentTools cmdlets write (the first part of FullyQualifiedErrorId).</summary>
    public static class ErrorIds
    {
        public const string PathNotFound = "PathNotFound";
        public const string FileNotText = "FileNotText";
        public const string ManifestInvalid = "ManifestInvalid";
        public const string FileReadFailed = "FileReadFailed";
        public const string UnknownParty = "UnknownParty";
        public const string UnknownDocument = "UnknownDocument";
        public const string AmbiguousDocument = "AmbiguousDocument";
        public const string UnknownQuestion = "UnknownQuestion";
        public const string UnknownPosition = "UnknownPosition";
        public const string UnknownSpeaker = "UnknownSpeaker";
        public const string UnknownRule = "UnknownRule";
        public const string UnknownOutlet = "UnknownOutlet";
        public const string UnknownTitle = "UnknownTitle";
        public const string SameParty = "SameParty";
        public const string InvalidDocument = "InvalidDocument";
        public const string NoManifest = "NoManifest";
        public const string NotAManifest = "NotAManifest";
        public const string InvalidPattern = "InvalidPattern";
        public const string NoParties = "NoParties";
        public const string FileTooLarge = "FileTooLarge";
        public const string FileAccessDenied = "FileAccessDenied";
        public const string ManifestLimitExceeded = "ManifestLimitExceeded";
        public const string PatternTimeout = "PatternTimeout";
        public const string NoDocuments = "NoDocuments";
        public const string FileExists = "FileExists";
        public const string FileWriteFailed = "FileWriteFailed";
        public const string RelevanceFailed = "RelevanceFailed";
    }
}
