using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace IncidentTools.Fuzz
{
    /// <summary>
    /// Runs a folder of articles through the whole public pipeline (CorpusReader, QuoteFinder,
    /// ClaimFinder, IncidentCorpus comparisons) and collects every broken invariant:
    /// no exception escapes; one document per text file and a problem for every other file; every
    /// offset lies inside the file and the text at Start/Length is the reported text (paragraphs,
    /// quotes, speakers, claims); the quotes of a document do not overlap; each stage of a document
    /// keeps within a time bound.
    /// </summary>
    public sealed class PipelineCheck
    {
        public PipelineCheck(TimeSpan perDocumentBound) => PerDocumentBound = perDocumentBound;

        public TimeSpan PerDocumentBound { get; }

        public List<string> Violations { get; } = new List<string>();

        public int Documents { get; private set; }
        public int Quotes { get; private set; }
        public int Claims { get; private set; }
        public int Problems { get; private set; }
        public TimeSpan Slowest { get; private set; }

        /// <summary>Checks one folder; <paramref name="files"/> are the article files written there, with their bytes.</summary>
        public void Run(string folder, IReadOnlyDictionary<string, byte[]> files)
        {
            try
            {
                RunUnguarded(folder, files);
            }
            catch (Exception ex)
            {
                Violations.Add($"{folder}: an exception escaped: {ex}");
            }
        }

        private void RunUnguarded(string folder, IReadOnlyDictionary<string, byte[]> files)
        {
            var reader = new CorpusReader();
            var docs = new List<IncidentDocument>();
            var problems = new List<CorpusProblem>();
            var sw = Stopwatch.StartNew();
            foreach (var r in reader.Read(new[] { folder }))
            {
                Bound(sw, folder, "reading");
                if (r.Document != null) docs.Add(r.Document);
                if (r.Problem != null) problems.Add(r.Problem);
                sw.Restart();
            }
            Problems += problems.Count;

            // One document per text file; a file without a document has an error of its own.
            foreach (var (name, _) in files)
            {
                var path = Path.Combine(folder, name);
                int n = docs.Count(d => d.Path == path);
                bool failed = problems.Any(p => p.Path == path && !p.IsWarning);
                if (n > 1) Violations.Add($"{path}: {n} documents for one file");
                if (n == 0 && !failed) Violations.Add($"{path}: no document and no error");
                if (n == 1 && failed) Violations.Add($"{path}: a document and an error");
            }
            if (docs.Count != docs.Select(d => d.Path).Distinct().Count()) Violations.Add($"{folder}: a file read twice");

            var corpus = IncidentCorpus.FromDocuments(docs, reader.Manifests);
            foreach (var doc in docs)
            {
                Documents++;
                var raw = ArticleMutator.DecodeAs(files[Path.GetFileName(doc.Path)], doc.Encoding);
                foreach (var p in doc.Paragraphs)
                    Span(doc, raw, "paragraph", p.Start, p.Length, p.Text);

                sw.Restart();
                var quotes = QuoteFinder.Find(doc, corpus.Parties);
                Bound(sw, doc.Path, "quotes");
                Quotes += quotes.Count;
                CheckQuotes(doc, raw, quotes);

                sw.Restart();
                var claims = ClaimFinder.Find(doc, corpus.Parties, corpus.Questions);
                Bound(sw, doc.Path, "claims");
                Claims += claims.Count;
                foreach (var c in claims)
                {
                    Span(doc, raw, "claim", c.Start, c.Length, c.Text);
                    Span(doc, raw, "claim content", c.ContentStart, c.ContentLength, c.Content);
                    if (c.Source != null) Span(doc, raw, "claim source", c.SourceStart!.Value, c.SourceLength!.Value, c.Source);
                    if (c.Cue != null) Span(doc, raw, "claim cue", c.CueStart!.Value, c.CueLength!.Value, c.Cue);
                }
            }

            sw.Restart();
            var corpusClaims = corpus.Claims;
            foreach (var c in corpusClaims)
                if (!docs.Any(d => d.Id == c.DocumentId)) Violations.Add($"{folder}: a claim of an unknown document {c.DocumentId}");
            if (corpus.Parties.Count >= 2)
            {
                var rows = corpus.CompareAccounts();
                if (corpus.Questions.Count > 0 && rows.Count != corpus.Questions.Count)
                    Violations.Add($"{folder}: {rows.Count} comparison rows for {corpus.Questions.Count} questions");
                foreach (var row in rows)
                    if (row.ReferenceCount != row.ReferenceEvidence.Count || row.DifferenceCount != row.DifferenceEvidence.Count)
                        Violations.Add($"{folder}: comparison {row.Question}: counts differ from the evidence");
            }
            for (int i = 0; i + 1 < docs.Count; i += 2)
            {
                var diff = corpus.CompareVersions(docs[i], docs[i + 1]);
                if (diff == null) Violations.Add($"{folder}: no version comparison");
            }
            Bound(sw, folder, $"claims and comparisons of {docs.Count} documents", docs.Count + 1);
        }

        /// <summary>The invariants of one document's quotes: offsets of the words and of the speaker, the line, no overlap.</summary>
        public void CheckQuotes(IncidentDocument doc, string raw, IEnumerable<IncidentQuote> quotes)
        {
            IncidentQuote? previous = null;
            var lines = LineStarts(raw);
            int LineOf(string _, int offset) => LineAt(lines, offset);
            foreach (var q in quotes.OrderBy(q => q.Start))
            {
                Span(doc, raw, "quote", q.Start, q.Length, q.Text);
                if (q.SpeakerStart is int s)
                    Span(doc, raw, "speaker of “" + Short(q.Text) + "”", s, q.SpeakerLength ?? -1, q.SpeakerMention);
                else if (q.SpeakerMention != null)
                    Violations.Add($"{doc.Path}: speaker mention '{q.SpeakerMention}' without an offset");
                if (q.Line < 1 || q.Line != LineOf(raw, q.Start) && q.Line != LineOf(raw, Math.Max(0, q.Start - 1)))
                    Violations.Add($"{doc.Path}: quote “{Short(q.Text)}” at {q.Start} says line {q.Line}, but it stands on line {LineOf(raw, q.Start)}");
                if (previous != null && previous.Start + previous.Length > q.Start)
                    Violations.Add($"{doc.Path}: quotes overlap: “{Short(previous.Text)}” at {previous.Start}+{previous.Length} and “{Short(q.Text)}” at {q.Start}");
                previous = q;
            }
        }

        private void Span(IncidentDocument doc, string raw, string what, int start, int length, string? text)
        {
            if (start < 0 || length < 0 || start + length > raw.Length)
            {
                Violations.Add($"{doc.Path}: {what} at {start}+{length} lies outside the file ({raw.Length} characters)");
                return;
            }
            var at = raw.Substring(start, length);
            if (!string.Equals(at, text, StringComparison.Ordinal))
                Violations.Add($"{doc.Path}: {what} at {start}+{length} reads “{Short(at)}” in the file but is reported as “{Short(text)}”");
        }

        private void Bound(Stopwatch sw, string where, string stage, int times = 1)
        {
            var elapsed = sw.Elapsed;
            if (elapsed > Slowest) Slowest = elapsed;
            if (elapsed > TimeSpan.FromTicks(PerDocumentBound.Ticks * times))
                Violations.Add($"{where}: {stage} took {elapsed.TotalMilliseconds:N0} ms, over the bound of {PerDocumentBound.TotalMilliseconds * times:N0} ms");
        }

        /// <summary>The offsets where the lines of the text start (after "\r\n", "\n" or a lone "\r", as Get-Content splits).</summary>
        private static List<int> LineStarts(string raw)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '\n') starts.Add(i + 1);
                else if (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')) starts.Add(i + 1);
            }
            return starts;
        }

        /// <summary>The 1-based line of an offset.</summary>
        private static int LineAt(List<int> starts, int offset)
        {
            int i = starts.BinarySearch(offset);
            return i >= 0 ? i + 1 : ~i;
        }

        private static string Short(string? s) => s == null ? "(null)" : s.Length <= 60 ? s : s.Substring(0, 57) + "...";
    }
}
