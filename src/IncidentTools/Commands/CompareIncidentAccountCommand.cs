using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Compares how the parties tell an incident, question by question, or what changed between two versions of one story.</para>
    /// <para type="description">By party (the default): one AccountComparison per question of the manifest, with each party's position, the relation
    /// (Agree, Contradict, ReferenceOnly, DifferenceOnly, Mixed) and the claims that show it. Without questions in the manifest, claims of the two
    /// parties that share their key terms are paired (Related, or Contradict where one side negates the other).
    /// By version (-ReferenceDocument, -DifferenceDocument): like Compare-Object, one VersionDifference per paragraph, quote, highlight,
    /// headline or contributor list that is the same (==), removed (&lt;=), added (=&gt;) or edited (&lt;&gt;).</para>
    /// </summary>
    /// <example>
    /// <code>Compare-IncidentAccount</code>
    /// <para>Compares the first two parties of the bundled corpus (United States and Pakistan) on each question of its manifest: who fired first, whether the strike was deliberate, whether the investigation's findings are accurate, whether coordination failed.</para>
    /// </example>
    /// <example>
    /// <code>Compare-IncidentAccount -ReferenceParty Pakistan -DifferenceParty 'United States' -Question first-fire | Select-Object -ExpandProperty ReferenceEvidence</code>
    /// <para>Shows the claims that put Pakistan on its position about who fired first, with document, paragraph, line and speaker.</para>
    /// </example>
    /// <example>
    /// <code>Compare-IncidentAccount | Where-Object Relation -eq Contradict | Export-Csv contradictions.csv</code>
    /// <para>Writes one CSV row per question on which the two parties contradict each other; the evidence cells list the claims.</para>
    /// </example>
    /// <example>
    /// <code>Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000* | Where-Object SideIndicator -ne '=='</code>
    /// <para>Compares two versions of one story like Compare-Object: paragraphs, quotes and highlights removed (&lt;=), added (=&gt;) or edited (&lt;&gt;), and changes to the headline and contributors.</para>
    /// </example>
    [Cmdlet(VerbsData.Compare, "IncidentAccount", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(AccountComparison), ParameterSetName = new[] { PathSet, LiteralPathSet })]
    [OutputType(typeof(VersionDifference), ParameterSetName = new[] { VersionSet, VersionLiteralPathSet })]
    public sealed class CompareIncidentAccountCommand : CorpusCmdlet
    {
        private const string VersionSet = "Version";
        private const string VersionLiteralPathSet = "VersionLiteralPath";
        private readonly List<IncidentDocument> _documents = new List<IncidentDocument>();

        /// <summary>Files or folders of articles; wildcards allowed. Default: the bundled corpus.</summary>
        [Parameter(ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = VersionSet, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public override string[]? Path { get; set; }

        /// <summary>Files or folders of articles, taken exactly as written (no wildcards).</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = VersionLiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public override string[]? LiteralPath { get; set; }

        /// <summary>The party whose account is the reference. Default: the first party of the manifest.</summary>
        [Parameter(ParameterSetName = PathSet, Position = 0)]
        [Parameter(ParameterSetName = LiteralPathSet, Position = 0)]
        [ArgumentCompleter(typeof(PartyCompleter))]
        [ValidateNotNullOrEmpty]
        public string? ReferenceParty { get; set; }

        /// <summary>The party whose account is compared with the reference. Default: the second party of the manifest.</summary>
        [Parameter(ParameterSetName = PathSet, Position = 1)]
        [Parameter(ParameterSetName = LiteralPathSet, Position = 1)]
        [ArgumentCompleter(typeof(PartyCompleter))]
        [ValidateNotNullOrEmpty]
        public string? DifferenceParty { get; set; }

        /// <summary>Only these questions (ids, wildcards).</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(QuestionCompleter))]
        public string[]? Question { get; set; }

        /// <summary>The earlier version of a story: a document id (wildcards allowed, must name one document) or a document object.</summary>
        [Parameter(ParameterSetName = VersionSet, Mandatory = true)]
        [Parameter(ParameterSetName = VersionLiteralPathSet, Mandatory = true)]
        [ArgumentCompleter(typeof(DocumentIdCompleter))]
        [ValidateNotNull]
        public DocumentSelector? ReferenceDocument { get; set; }

        /// <summary>The later version of a story: a document id (wildcards allowed, must name one document) or a document object.</summary>
        [Parameter(ParameterSetName = VersionSet, Mandatory = true)]
        [Parameter(ParameterSetName = VersionLiteralPathSet, Mandatory = true)]
        [ArgumentCompleter(typeof(DocumentIdCompleter))]
        [ValidateNotNull]
        public DocumentSelector? DifferenceDocument { get; set; }

        private bool ByVersion => ParameterSetName == VersionSet || ParameterSetName == VersionLiteralPathSet;

        protected override void ProcessRecord()
        {
            // Two document objects need no corpus to be read.
            if (ByVersion && ReferenceDocument!.Document != null && DifferenceDocument!.Document != null && Path == null && LiteralPath == null)
                return;
            _documents.AddRange(ReadDocuments());
        }

        protected override void EndProcessing()
        {
            if (ByVersion) CompareVersions();
            else CompareParties();
        }

        private void CompareParties()
        {
            var corpus = IncidentCorpus.FromDocuments(_documents, Reader.Manifests);
            IReadOnlyList<AccountComparison> rows;
            try
            {
                rows = corpus.CompareAccounts(ReferenceParty, DifferenceParty, Question);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.UnknownParty, ErrorCategory.InvalidArgument, ex.ParamName == "differenceParty" ? DifferenceParty : ReferenceParty));
                return;
            }
            catch (InvalidOperationException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.NoParties, ErrorCategory.InvalidOperation, null));
                return;
            }
            if (Question != null && rows.Count == 0)
            {
                WriteError(new ErrorRecord(
                    new ItemNotFoundException($"No question of the manifest matches '{string.Join("', '", Question)}'. Known questions: {string.Join(", ", corpus.Questions.Select(q => q.Id))}."),
                    ErrorIds.QuestionNotFound, ErrorCategory.ObjectNotFound, Question));
            }
            foreach (var row in rows) WriteObject(row);
        }

        private void CompareVersions()
        {
            var reference = Resolve(ReferenceDocument!);
            var difference = Resolve(DifferenceDocument!);
            if (reference == null || difference == null) return;
            var documents = _documents.Count > 0 ? _documents : new List<IncidentDocument> { reference, difference };
            var manifests = _documents.Count > 0 ? Reader.Manifests : new[] { ManifestOf(reference), ManifestOf(difference) };
            var corpus = IncidentCorpus.FromDocuments(documents, manifests);
            foreach (var row in corpus.CompareVersions(reference, difference)) WriteObject(row);
        }

        private IncidentDocument? Resolve(DocumentSelector selector)
        {
            if (selector.Document != null) return selector.Document;
            var matches = _documents.Where(d => Wildcard.IsMatch(d.Id, selector.Id)).ToArray();
            if (matches.Length == 1) return matches[0];
            var message = matches.Length == 0
                ? $"No document with the id '{selector.Id}'. Known ids: {string.Join(", ", _documents.Select(d => d.Id))}."
                : $"The id '{selector.Id}' names {matches.Length} documents ({string.Join(", ", matches.Select(d => d.Id))}); name one.";
            ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException(message), ErrorIds.DocumentNotFound, ErrorCategory.ObjectNotFound, selector.Id));
            return null;
        }
    }

    /// <summary>
    /// A document named by its id (wildcards allowed) or given as an object; PowerShell converts
    /// a string or an IncidentDocument to it through the constructors.
    /// </summary>
    public sealed class DocumentSelector
    {
        public DocumentSelector(string id)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
        }

        public DocumentSelector(IncidentDocument document)
        {
            Document = document ?? throw new ArgumentNullException(nameof(document));
            Id = document.Id;
        }

        public string Id { get; }

        public IncidentDocument? Document { get; }

        public override string ToString() => Id;
    }
}
