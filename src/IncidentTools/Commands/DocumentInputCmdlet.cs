using System.Collections.Generic;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// A cmdlet that reads articles from -Path, -LiteralPath, or IncidentDocument objects on the
    /// pipeline (Get-IncidentDocument | …), and filters them by -Id.
    /// </summary>
    public abstract class DocumentInputCmdlet : CorpusCmdlet
    {
        protected const string DocumentSet = "Document";

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

        /// <summary>Documents from Get-IncidentDocument.</summary>
        [Parameter(ParameterSetName = DocumentSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public IncidentDocument[]? Document { get; set; }

        /// <summary>Only documents whose id matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(DocumentIdCompleter))]
        public string[]? Id { get; set; }

        private NameFilter? _ids;

        /// <summary>-Id as a filter that remembers which literal ids matched a document.</summary>
        internal NameFilter Ids => _ids ??= new NameFilter("Id", "document id", ErrorIds.UnknownDocument, Id);

        /// <summary>The documents of this pipeline record whose id matches -Id: piped objects, or the files read.</summary>
        protected IEnumerable<IncidentDocument> InputDocuments()
        {
            foreach (var doc in ParameterSetName == DocumentSet ? Document! : ReadDocuments())
                if (Ids.Test(doc.Id)) yield return doc;
        }

        /// <summary>After the last input: an error for each literal -Id that named no document.</summary>
        protected override void EndProcessing() => WriteUnmatched(Ids);
    }
}
