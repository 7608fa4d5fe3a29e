using System;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Reads news articles about an incident as structured documents.</para>
    /// <para type="description">Each article file becomes an IncidentDocument: headline, outlet, dates, byline,
    /// highlights and clean body paragraphs, with web-page cruft removed. Without -Path, reads the bundled corpus.</para>
    /// </summary>
    /// <example>
    /// <code>Get-IncidentDocument</code>
    /// <para>Lists the articles of the bundled corpus (the Salala airstrike of November 2011).</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentDocument -Path ~/articles/*.txt -Outlet CNN -Since 2011-12-01</code>
    /// <para>Reads the matching files and keeps CNN's articles published from 1 December 2011.</para>
    /// </example>
    /// <example>
    /// <code>Get-ChildItem ~/articles -Filter *.txt | Get-IncidentDocument | Export-Csv documents.csv</code>
    /// <para>Reads the files Get-ChildItem finds and writes one CSV row per article; lists such as Contributors are written as "a; b".</para>
    /// </example>
    /// <example>
    /// <code>(Get-IncidentDocument -Id 003*).Paragraphs | Format-Table Number, Line, Text</code>
    /// <para>Shows the clean body paragraphs of one article with the line where each stands in the file.</para>
    /// </example>
    [Cmdlet(VerbsCommon.Get, "IncidentDocument", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(IncidentDocument))]
    public sealed class GetIncidentDocumentCommand : CorpusCmdlet
    {
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

        /// <summary>Only documents whose id matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(DocumentIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Only documents whose headline matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        public string[]? Title { get; set; }

        /// <summary>Only documents from these outlets (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(OutletCompleter))]
        public string[]? Outlet { get; set; }

        /// <summary>Only documents published on or after this date.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>Only documents published on or before this date.</summary>
        [Parameter]
        public DateTime? Until { get; set; }

        /// <summary>
        /// How many files are read and cleaned at once, each on a thread of its own (default: one per
        /// processor; 1: all on the pipeline thread). The documents are the same, in the same order, whatever the number.
        /// </summary>
        [Parameter]
        [ValidateRange(1, 1024)]
        public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

        internal override int ReadingThreads => ThrottleLimit;

        private NameFilter? _ids, _titles, _outlets;

        protected override void BeginProcessing()
        {
            _ids = new NameFilter("Id", "document id", ErrorIds.UnknownDocument, Id);
            _titles = new NameFilter("Title", "title", ErrorIds.UnknownTitle, Title);
            _outlets = new NameFilter("Outlet", "outlet", ErrorIds.UnknownOutlet, Outlet);
        }

        protected override void ProcessRecord()
        {
            foreach (var doc in ReadDocuments())
            {
                if (Matches(doc)) WriteObject(doc);
            }
        }

        protected override void EndProcessing()
        {
            WriteUnmatched(_ids!);
            WriteUnmatched(_titles!);
            WriteUnmatched(_outlets!);
        }

        // Every filter sees every document (&, not &&), so a literal name that matched is known as matched.
        private bool Matches(IncidentDocument doc) =>
            _ids!.Test(doc.Id) & _titles!.Test(doc.Title) & _outlets!.Test(doc.Outlet) & DateFilter.InRange(doc.PublishedAt, Since, Until);
    }

    internal static class DateFilter
    {
        /// <summary>
        /// Compares calendar dates as the user typed them: -Since 2011-12-22 keeps a story
        /// published that day, whatever time zone the stamp has.
        /// </summary>
        public static bool InRange(DateTimeOffset? date, DateTime? since, DateTime? until)
        {
            if (since == null && until == null) return true;
            if (date == null) return false;
            var d = date.Value.DateTime;
            if (since != null && d < since.Value) return false;
            if (until != null)
            {
                // -Until 2011-12-22 means to the end of that day; -Until with a time means up to that time.
                bool wholeDay = until.Value.TimeOfDay == TimeSpan.Zero;
                if (wholeDay ? d >= until.Value.Date.AddDays(1) : d > until.Value) return false;
            }
            return true;
        }
    }
}
