using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// A cmdlet that reads articles from -Path, -LiteralPath, or IncidentDocument objects on the
    /// pipeline (Get-IncidentDocument | …), filters them by -Id, and finds something in each document
    /// (quotes, claims) on up to -ThrottleLimit threads.
    /// </summary>
    /// <remarks>
    /// Files are read and analysed by the reader's threads, each a whole document (CorpusReader.Read with
    /// a find), and written in input order on the pipeline thread. Documents piped in as objects are
    /// handed each to a worker, the pipeline thread being one of them (it works on a document when the
    /// next to write is not ready), and what they found is written in input order. Everything else the
    /// command writes while reading (errors, warnings, verbose messages, progress) waits in the same
    /// queue, so the output is in the order one thread gives, whatever the number of threads. Documents
    /// piped in one by one are worked on in parallel too: the queue lives across ProcessRecord calls
    /// and is emptied in EndProcessing. At most a few documents per thread are held at once.
    /// </remarks>
    public abstract class DocumentInputCmdlet : CorpusCmdlet, IDisposable
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

        /// <summary>
        /// How many documents are read and analysed at once, each on a thread of its own (default: one per
        /// processor; 1: all on the pipeline thread). The output is the same, in the same order, whatever the number.
        /// </summary>
        [Parameter]
        [ValidateRange(1, 1024)]
        public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

        private NameFilter? _ids;

        /// <summary>-Id as a filter that remembers which literal ids matched a document.</summary>
        internal NameFilter Ids => _ids ??= new NameFilter("Id", "document id", ErrorIds.UnknownDocument, Id);

        internal override int ReadingThreads => ThrottleLimit;

        /// <summary>
        /// An error for each -Rule name without wildcards that names no rule of the attribution stage
        /// (a typo would otherwise filter out everything in silence), with the nearest rule's name.
        /// </summary>
        protected void WriteUnknownRules(string[]? rules)
        {
            var filter = new NameFilter("Rule", "rule", ErrorIds.UnknownRule, rules);
            var known = AttributionFinder.RuleNames;
            foreach (var name in filter.Unmatched(n => known.Contains(n, StringComparer.OrdinalIgnoreCase)))
                WriteError(filter.ErrorFor(name, known));
        }

        /// <summary>The documents of this pipeline record whose id matches -Id: piped objects, or the files read.</summary>
        protected IEnumerable<IncidentDocument> InputDocuments()
        {
            foreach (var doc in ParameterSetName == DocumentSet ? Document! : ReadDocuments())
                if (Ids.Test(doc.Id)) yield return doc;
        }

        /// <summary>What the cmdlet finds in one document (quotes, claims): called on any thread, for many documents at once.</summary>
        internal abstract object FindIn(IncidentDocument document, CorpusManifest manifest);

        /// <summary>Filters and writes what <see cref="FindIn"/> found: on the pipeline thread, in input order.</summary>
        internal abstract void WriteFound(IncidentDocument document, CorpusManifest manifest, object found);

        /// <summary>One document to work on, or something to write in its place among them.</summary>
        private sealed class Item
        {
            public Action? Write;
            public IncidentDocument? Document;
            public CorpusManifest? Manifest;
            public object? Found;
        }

        private Corpus.OrderedParallel.Pool<Item, Item>? _pool;

        /// <summary>Documents (and messages between them) waiting to be written, at most this many.</summary>
        private int Window => ThrottleLimit * 4;

        protected override void ProcessRecord()
        {
            StartupTrace.Mark("ProcessRecord");
            if (ParameterSetName != DocumentSet && ThrottleLimit > 1)
            {
                ReadAndFind();
                return;
            }
            foreach (var doc in InputDocuments())
            {
                var manifest = ManifestOf(doc);
                if (ThrottleLimit <= 1)
                {
                    WriteFound(doc, manifest, FindIn(doc, manifest));
                    continue;
                }
                // The pipeline thread is one of the -ThrottleLimit threads: it finds in documents itself
                // when the one it writes next is not ready, instead of waiting for a worker.
                _pool ??= new Corpus.OrderedParallel.Pool<Item, Item>(Work, ThrottleLimit - 1);
                _pool.Add(new Item { Document = doc, Manifest = manifest });
                WriteReady(all: false);
            }
        }

        /// <summary>
        /// Files: each of the reader's -ThrottleLimit threads reads a document and finds in it, the documents in
        /// input order here (no second pool: a hand-off between a reading stage and a finding stage cost
        /// processor time on a machine with few cores). A document -Id refuses is not analysed.
        /// </summary>
        private void ReadAndFind()
        {
            var ids = Ids;
            foreach (var (doc, found) in ReadDocuments((d, m) => FindIn(d, m), d => ids.Matches(d.Id)))
            {
                if (!ids.Test(doc.Id)) continue;
                var manifest = ManifestOf(doc);
                WriteFound(doc, manifest, found ?? FindIn(doc, manifest));
            }
        }

        private Item Work(Item item)
        {
            if (item.Document != null) item.Found = FindIn(item.Document, item.Manifest!);
            return item;
        }

        /// <summary>
        /// Writes the items at the head of the queue that are done (all of them when <paramref name="all"/>; the
        /// oldest while the queue is full). An item to write that is not done yet: the pipeline thread works on the
        /// items no worker has started (the oldest first) until it is, and waits only when a worker has it.
        /// </summary>
        private void WriteReady(bool all)
        {
            if (_pool == null) return;
            while (_pool.Pending > 0 && (all || _pool.Pending >= Window || _pool.FirstIsDone))
            {
                var item = _pool.TakeFirst();
                if (item.Write != null) item.Write();
                else WriteFound(item.Document!, item.Manifest!, item.Found!);
            }
        }

        internal override void Emit(Action write)
        {
            if (_pool != null && _pool.Pending > 0) _pool.Add(new Item { Write = write });
            else write();
        }

        /// <summary>After the last input: what is still being worked on, then an error for each literal -Id that named no document.</summary>
        protected override void EndProcessing()
        {
            WriteReady(all: true);
            WriteUnmatched(Ids);
        }

        /// <summary>Stops the workers (PowerShell disposes the command when the pipeline ends, is stopped, or a later command such as Select-Object -First has what it needs).</summary>
        public void Dispose()
        {
            _pool?.Dispose();
            _pool = null;
        }
    }
}
