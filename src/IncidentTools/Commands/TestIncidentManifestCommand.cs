using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Checks a corpus manifest (corpus.yaml) and reports every issue at once, with its file, line and column.</para>
    /// <para type="description">For an analyst writing a manifest: reports keys the schema does not know (with the nearest known key: 'question' for
    /// 'questions', 'publised' for 'published'), values of the wrong type, dates that do not parse, documents entries that name no file of the folder,
    /// cues that name no party, and what makes the manifest unreadable. Each issue is a ManifestIssue (Path, Line, Column, Severity, Code, Message).
    /// Errors mean the articles are read without the manifest; warnings mean part of it does not apply. Nothing is written when the manifest is clean.
    /// Takes folders (their corpus.yaml) or manifest files; without -Path, the current folder.</para>
    /// </summary>
    /// <example>
    /// <code>Test-IncidentManifest ~/articles</code>
    /// <para>Checks ~/articles/corpus.yaml and lists its issues by line, grouped by file.</para>
    /// </example>
    /// <example>
    /// <code>Test-IncidentManifest ~/articles/corpus.yaml | Where-Object Severity -eq Error | Format-List</code>
    /// <para>Shows only the errors, the issues that keep the manifest from being used at all.</para>
    /// </example>
    /// <example>
    /// <code>if (Test-IncidentManifest ~/articles -Quiet) { Compare-IncidentAccount -Path ~/articles }</code>
    /// <para>Compares the accounts only when the manifest has no issue.</para>
    /// </example>
    [Cmdlet(VerbsDiagnostic.Test, "IncidentManifest", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(ManifestIssue))]
    [OutputType(typeof(bool))]
    public sealed class TestIncidentManifestCommand : CorpusCmdlet
    {
        private int _issues;

        /// <summary>Folders of articles (their corpus.yaml is checked) or manifest files; wildcards allowed. Default: the current folder.</summary>
        [Parameter(ParameterSetName = PathSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ManifestPathCompleter))]
        public override string[]? Path { get; set; }

        /// <summary>Folders or manifest files, taken exactly as written (no wildcards).</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public override string[]? LiteralPath { get; set; }

        /// <summary>Returns only True (the manifest has no issue) or False, instead of the issues.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            IEnumerable<string> paths = Path == null && LiteralPath == null
                ? new[] { SessionState.Path.CurrentFileSystemLocation.ProviderPath }
                : ResolveInputPaths();
            foreach (var path in paths)
            {
                var file = ManifestFile(path);
                if (file == null) continue;
                var issues = Corpus.ManifestYaml.Reader.Validate(file, checkWithReader: true);
                WriteVerbose(issues.Count == 0
                    ? $"'{file}': no issues."
                    : $"'{file}': {issues.Count(i => i.Severity == ManifestSeverity.Error)} errors, {issues.Count(i => i.Severity == ManifestSeverity.Warning)} warnings.");
                _issues += issues.Count;
                if (!Quiet) foreach (var issue in issues) WriteObject(issue);
            }
        }

        protected override void EndProcessing()
        {
            if (Quiet) WriteObject(_issues == 0);
        }

        /// <summary>The manifest a path names: a folder's corpus.yaml, or the file itself; an error when there is none.</summary>
        private string? ManifestFile(string path)
        {
            if (Directory.Exists(path))
            {
                var found = Corpus.ManifestFiles.FindIn(path);
                if (found == null)
                {
                    _issues++;
                    WriteError(new ErrorRecord(
                        new ItemNotFoundException($"The folder '{path}' has no manifest ({string.Join(" or ", Corpus.ManifestFiles.FileNames)}). See Get-Help about_IncidentTools for how to write one."),
                        ErrorIds.NoManifest, ErrorCategory.ObjectNotFound, path));
                }
                return found;
            }
            if (File.Exists(path))
            {
                var extension = System.IO.Path.GetExtension(path);
                if (string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase))
                    return path;
                _issues++;
                WriteError(new ErrorRecord(
                    new ArgumentException($"'{path}' is not a manifest (a .yaml file); give the folder of the articles or its corpus.yaml."),
                    ErrorIds.NotAManifest, ErrorCategory.InvalidArgument, path));
                return null;
            }
            _issues++;
            WriteError(new ErrorRecord(new ItemNotFoundException($"Cannot find path '{path}' because it does not exist."), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
            return null;
        }
    }

    /// <summary>Completes -Path of Test-IncidentManifest with folders and .yaml files, as PowerShell completes file names.</summary>
    public sealed class ManifestPathCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            foreach (var result in CompletionCompleters.CompleteFilename(wordToComplete ?? ""))
            {
                if (result.ResultType == CompletionResultType.ProviderContainer) { yield return result; continue; }
                var text = result.CompletionText.Trim('\'', '"');
                if (text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    yield return result;
            }
        }
    }
}
