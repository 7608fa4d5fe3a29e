using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Drafts a corpus manifest (corpus.yaml) from a folder of articles: the parties found with their people and organisations, and candidate questions.</para>
    /// <para type="description">For an analyst starting on a new incident with no manifest. The parties are the sides the claims are given to through the
    /// country table (a nationality, country or capital in the speaker's description), most quoted first: the first two are the sides Compare-IncidentAccount
    /// compares by default. Each party lists its aliases (from the country table) and the people and organisations quoted for it, with how often.
    /// The candidate questions are where claims of the two sides share key terms; the sentences that suggested each are written above it as comments, and
    /// each position holds the shared terms as cues of its own side until the analyst writes the real ones. A manifest already in the folder is not used.
    /// Without -OutFile the draft is written to the pipeline as one string; with -OutFile it is written to that file (or to corpus.yaml in that folder)
    /// as UTF-8, and the file is returned. The draft parses with Test-IncidentManifest.</para>
    /// </summary>
    /// <example>
    /// <code>New-IncidentManifest ~/articles -OutFile ~/articles-draft.yaml -Verbose</code>
    /// <para>Writes the draft to ~/articles-draft.yaml (not over an existing file: add -Force), saying in the verbose stream which parties it found, with their claims, and how many questions it drafted.</para>
    /// </example>
    /// <example>
    /// <code>New-IncidentManifest ~/articles -MaxQuestions 3 | Set-Content ~/draft3.yaml -Encoding UTF8; Test-IncidentManifest ~/draft3.yaml</code>
    /// <para>Drafts a manifest with three candidate questions at most into a file of your choosing, then checks it.</para>
    /// </example>
    /// <example>
    /// <code>Get-Item ~/articles | New-IncidentManifest -OutFile ~/articles -Force -WhatIf</code>
    /// <para>Takes the folder from the pipeline and shows that the draft would replace its corpus.yaml, without writing it.</para>
    /// </example>
    [Cmdlet(VerbsCommon.New, "IncidentManifest", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class NewIncidentManifestCommand : CorpusCmdlet
    {
        private readonly List<IncidentDocument> _documents = new List<IncidentDocument>();

        /// <summary>Files or folders of articles; wildcards allowed. Default: the bundled corpus.</summary>
        [Parameter(ParameterSetName = PathSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public override string[]? Path { get; set; }

        /// <summary>Files or folders of articles, taken exactly as written (no wildcards).</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public override string[]? LiteralPath { get; set; }

        /// <summary>Where to write the draft: a file, or a folder (its corpus.yaml). Without it, the draft goes to the pipeline as a string.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OutFile { get; set; }

        /// <summary>Overwrites the file -OutFile names when it exists.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>The incident's name in the draft. Default: the name of the (first) folder read.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Candidate questions at most (0: none). Default: 8.</summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public int MaxQuestions { get; set; } = 8;

        private string? _firstFolder;

        protected override void ProcessRecord()
        {
            foreach (var d in ReadDocuments())
            {
                _firstFolder ??= System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(d.Path) ?? "");
                _documents.Add(d);
            }
        }

        protected override void EndProcessing()
        {
            if (_documents.Count == 0)
            {
                WriteError(new ErrorRecord(new InvalidOperationException("No article was read, so there is nothing to draft a manifest from."),
                    ErrorIds.NoDocuments, ErrorCategory.InvalidData, Path ?? LiteralPath));
                return;
            }
            if (Reader.Manifests.Any(m => m.Parties.Count > 0 || m.Questions.Count > 0))
                WriteVerbose("The folder has a corpus.yaml with parties or questions; the draft does not use them.");
            // the documents alone: the parties are the ones the claims name, not a manifest's
            var corpus = IncidentCorpus.FromDocuments(_documents, Array.Empty<CorpusManifest>());
            var name = Name ?? (string.IsNullOrEmpty(_firstFolder) ? "Incident" : _firstFolder!);
            var draft = Accounts.ManifestDraft.Write(corpus, name, MaxQuestions);
            WriteVerbose($"Read {_documents.Count} articles; parties found (most quoted first): " +
                         (draft.Parties.Count == 0 ? "none" : string.Join(", ", corpus.PartiesFound.Take(draft.Parties.Count).Select(p => $"{p.Party.Name} ({p.Claims} claims)"))) +
                         $"; {draft.Questions} candidate questions.");
            if (draft.Parties.Count < 2)
                WriteWarning(draft.Parties.Count == 0
                    ? "No party was found in the claims (no speaker described with a nationality, country or capital); the draft has no parties to compare."
                    : $"Only one party was found ({draft.Parties[0]}); add the other side to the draft before comparing accounts.");

            if (OutFile == null)
            {
                WriteObject(draft.Yaml);
                return;
            }
            string target;
            try
            {
                target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
                if (Directory.Exists(target)) target = System.IO.Path.Combine(target, "corpus.yaml");
            }
            catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is NotSupportedException || ex is ArgumentException)
            {
                WriteError(new ErrorRecord(ex, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, OutFile));
                return;
            }
            if (File.Exists(target) && !Force)
            {
                WriteError(new ErrorRecord(new IOException($"The file '{target}' exists; add -Force to overwrite it, or give -OutFile another name."),
                    ErrorIds.FileExists, ErrorCategory.ResourceExists, target));
                return;
            }
            if (!ShouldProcess(target, "Write the draft corpus manifest")) return;
            try
            {
                File.WriteAllText(target, draft.Yaml, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException)
            {
                WriteError(new ErrorRecord(ex, ErrorIds.FileWriteFailed, ErrorCategory.WriteError, target));
                return;
            }
            WriteObject(WrittenFile(target));
        }

        /// <summary>
        /// The file written, as Get-Item gives it: with its provider path, so that it formats under its
        /// folder with its mode and size (a bare FileInfo shows neither) and pipes on by PSPath.
        /// </summary>
        private object WrittenFile(string target)
        {
            try
            {
                var items = InvokeProvider.Item.Get(new[] { target }, false, true);
                if (items.Count == 1 && items[0].BaseObject is FileInfo) return items[0];
            }
            catch (Exception ex) when (ex is ProviderNotFoundException || ex is ItemNotFoundException || ex is NotSupportedException || ex is ArgumentException || ex is InvalidOperationException || ex is IOException || ex is UnauthorizedAccessException)
            {
                // the file is written; fall back to the bare FileInfo
            }
            return new FileInfo(target);
        }
    }
}
