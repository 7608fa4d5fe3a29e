using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools
{
    /// <summary>
    /// One article of a corpus: its metadata, its highlights and its clean body
    /// paragraphs, with the page cruft (captions, credits, teasers, stamps) removed.
    /// </summary>
    public sealed class IncidentDocument
    {
        internal IncidentDocument(
            string id,
            string path,
            string? title,
            string? outlet,
            string? byline,
            IEnumerable<string> contributors,
            DateTimeOffset? published,
            DateTimeOffset? updated,
            string? dateline,
            IReadOnlyList<DocumentParagraph> highlights,
            IReadOnlyList<DocumentParagraph> paragraphs,
            DocumentParagraph? titleParagraph,
            string encoding,
            bool decodedWithFallback,
            string sourceText,
            IDictionary<string, string>? metadata,
            IEnumerable<string> removedCruft,
            IReadOnlyList<Corpus.CruftKind?>? removedCruftKinds = null)
        {
            Id = id;
            Path = path;
            Title = title;
            Outlet = outlet;
            Byline = byline;
            Contributors = new TextList(contributors);
            PublishedAt = published;
            UpdatedAt = updated;
            Published = IsoDate.Format(published);
            Updated = IsoDate.Format(updated);
            Dateline = dateline;
            HighlightParagraphs = highlights;
            Highlights = new TextList(highlights.Select(h => h.Text));
            Paragraphs = new ItemList<DocumentParagraph>(paragraphs, Environment.NewLine);
            TitleParagraph = titleParagraph;
            Encoding = encoding;
            DecodedWithFallback = decodedWithFallback;
            SourceText = sourceText;
            Metadata = metadata == null ? MetadataMap.Empty : new MetadataMap(metadata);
            RemovedCruft = new TextList(removedCruft);
            RemovedCruftKinds = removedCruftKinds != null && removedCruftKinds.Count == RemovedCruft.Count ? removedCruftKinds : null;
            Story = new StoryLabel(id);
        }

        /// <summary>The document's id: the file name without extension, unless the manifest gives one.</summary>
        public string Id { get; }

        /// <summary>Full path of the source file.</summary>
        public string Path { get; }

        /// <summary>The headline, where the text or the manifest gives one.</summary>
        public string? Title { get; }

        /// <summary>The outlet (publisher), from the manifest or from the text's own markers.</summary>
        public string? Outlet { get; }

        /// <summary>The writer(s) named by the page ("From X, for CNN", "By X").</summary>
        public string? Byline { get; }

        /// <summary>People credited at the end ("X and Y contributed to this report").</summary>
        public TextList Contributors { get; }

        /// <summary>Publication date, from the manifest or the page, in ISO 8601: "2011-12-22" for a date alone,
        /// "2011-12-23T10:00:00-05:00" with a time (the same text in CSV and JSON, whatever the culture).</summary>
        public string? Published { get; }

        /// <summary>Last update, from the manifest or an "updated …" stamp on the page, in ISO 8601 like <see cref="Published"/>.</summary>
        public string? Updated { get; }

        /// <summary>The publication date as a value (what -Since and -Until compare).</summary>
        internal DateTimeOffset? PublishedAt { get; }

        internal DateTimeOffset? UpdatedAt { get; }

        /// <summary>The place named before the dateline marker ("Islamabad, Pakistan (CNN) --").</summary>
        public string? Dateline { get; }

        /// <summary>The story highlights, as text.</summary>
        public TextList Highlights { get; }

        /// <summary>The body paragraphs, each with its number, line, offset and text.</summary>
        public ItemList<DocumentParagraph> Paragraphs { get; }

        /// <summary>The clean body: the paragraphs joined by blank lines.</summary>
        /// <remarks>Joined when first asked for (the engine reads the paragraphs), so that a document streamed through the pipeline does not carry a second copy of its body.</remarks>
        public string Text => _text ??= string.Join("\n\n", Paragraphs.Select(p => p.Text));

        private string? _text;

        /// <summary>Words in the clean body (counted on first use: the attribution stages never read it).</summary>
        public int WordCount
        {
            get
            {
                // a count made twice on two threads is the same count
                if (_wordCount < 0)
                {
                    // the words of the paragraphs joined by blank lines are the words of each paragraph (no word runs across a blank line)
                    int words = 0;
                    foreach (var p in Paragraphs) words += CountWords(p.Text);
                    _wordCount = words;
                }
                return _wordCount;
            }
        }

        private int _wordCount = -1;

        /// <summary>Shared by the versions of one story (same outlet and headline, or mostly the same paragraphs).</summary>
        public string StoryId { get => Story.Value; internal set => Story.Value = value; }

        /// <summary>
        /// The document's story label, which what is found in the document (quotes, attributions, claims) holds
        /// instead of a copy: a reader's worker finds in a document before story grouping, which the caller's
        /// thread does in order, and the label it sets there before giving the document is what they read.
        /// </summary>
        internal StoryLabel Story { get; }

        /// <summary>The encoding the file was decoded with (utf-8, utf-16LE, windows-1252 …).</summary>
        public string Encoding { get; }

        /// <summary>True when the file was not valid UTF-8 and was read as Windows-1252.</summary>
        public bool DecodedWithFallback { get; }

        /// <summary>Fields the manifest adds to this document beyond the known ones.</summary>
        public MetadataMap Metadata { get; }

        /// <summary>The page cruft lines taken out of the body (captions, links, teasers …).</summary>
        public TextList RemovedCruft { get; }

        /// <summary>
        /// For each line of <see cref="RemovedCruft"/>, the kind <see cref="Corpus.PageCruft.Classify"/> gave it when the reader
        /// took it out (as a header line before the body began, as a body line after); null for a line taken out unclassified
        /// (a teaser's line, a dateline cut from the body). Null when the document was not made by the reader. What asks of
        /// the removed lines again what the classification told takes it from here instead of classifying anew, where the
        /// answer it needs is the same for a header and a body line (<see cref="Corpus.PageCruft.IsByline"/>).
        /// </summary>
        internal IReadOnlyList<Corpus.CruftKind?>? RemovedCruftKinds { get; }

        /// <summary>
        /// False when the article is not about the incident its folder's manifest describes (published before
        /// its date, or naming too few of its sides and key terms): such an article gives no positions. True
        /// when it is, or when there is no manifest incident to judge by.
        /// </summary>
        public bool IsAboutIncident { get; internal set; } = true;

        /// <summary>Why the article is or is not about the manifest's incident (what it names of it); null without a manifest incident.</summary>
        public string? Relevance { get; internal set; }

        /// <summary>Highlights with their locations.</summary>
        internal IReadOnlyList<DocumentParagraph> HighlightParagraphs { get; }

        /// <summary>The headline with its location, if the file carries one.</summary>
        internal DocumentParagraph? TitleParagraph { get; }

        /// <summary>The decoded file text exactly as on disk (no BOM, line endings unchanged).</summary>
        internal string SourceText { get; }

        /// <summary>The document analysed (tokens, sentences, quotations): made on first use by <see cref="IncidentTools.Text.AnalysedDocument.Of"/>, kept as long as the document.</summary>
        internal IncidentTools.Text.AnalysedDocument? Analysis;

        /// <summary>Every paragraph the quote and claim stages read: title, highlights, then body.</summary>
        internal IEnumerable<DocumentParagraph> AllParagraphs()
        {
            if (TitleParagraph != null) yield return TitleParagraph;
            foreach (var h in HighlightParagraphs) yield return h;
            foreach (var p in Paragraphs) yield return p;
        }

        public override string ToString() => Title ?? Id;

        internal static int CountWords(string text)
        {
            int count = 0;
            bool inWord = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) { inWord = false; }
                else if (!inWord) { inWord = true; count++; }
            }
            return count;
        }
    }

    /// <summary>A document's StoryId, shared with what is found in the document: set by story grouping before the document is given out.</summary>
    internal sealed class StoryLabel
    {
        public StoryLabel(string value) => Value = value;
        public string Value;
    }
}
