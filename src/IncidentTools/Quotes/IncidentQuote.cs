using System;

namespace IncidentTools
{
    /// <summary>Whether a quotation is a whole statement or a fragment inside the writer's sentence.</summary>
    public enum QuoteKind : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>A whole statement in the speaker's words.</summary>
        Direct,
        /// <summary>A fragment of the speaker's words inside the writer's own sentence (a “show of force”).</summary>
        Partial,
    }

    /// <summary>
    /// One quotation: where its words stand in the file (marks excluded), who said it,
    /// in what role, for which side, and the reporting cue that says so.
    /// <c>(Get-Content -Raw $q.Path).Substring($q.Start, $q.Length)</c> gives back <see cref="Text"/>.
    /// </summary>
    public sealed class IncidentQuote
    {
        public IncidentQuote(
            string documentId, string path, ParagraphSection section, int paragraph, int line,
            int start, string text, QuoteKind kind,
            string? speaker, string? speakerMention, int? speakerStart, string? role, string? party, string? cue)
        {
            DocumentId = documentId;
            Path = path;
            Section = section;
            Paragraph = paragraph;
            Line = line;
            Start = start;
            Text = text;
            Kind = kind;
            Speaker = speaker;
            SpeakerMention = speakerMention;
            SpeakerStart = speakerStart;
            Role = role;
            Party = party;
            Cue = cue;
        }

        internal IncidentQuote(
            IncidentDocument document, DocumentParagraph paragraph, int line, int start, string text, QuoteKind kind,
            string? speaker, string? speakerMention, int? speakerStart, string? role, string? party, string? cue, string? rule)
            : this(document.Id, document.Path, paragraph.Section, paragraph.Number, line, start, text, kind,
                   speaker, speakerMention, speakerStart, role, party, cue)
        {
            Outlet = document.Outlet;
            Title = document.Title;
            Published = document.Published;
            _story = document.Story;
            Rule = rule;
        }


        /// <summary>The document the quote is in.</summary>
        public string DocumentId { get; }

        /// <summary>The source file.</summary>
        public string Path { get; }

        /// <summary>Body, Highlight or Title.</summary>
        public ParagraphSection Section { get; }

        /// <summary>The paragraph's number within its section.</summary>
        public int Paragraph { get; }

        /// <summary>1-based line in the source file where the quote starts.</summary>
        public int Line { get; }

        /// <summary>0-based offset of the quoted words in the decoded file text (marks excluded).</summary>
        public int Start { get; }

        /// <summary>Length of the quoted words.</summary>
        public int Length => Text.Length;

        /// <summary>The quoted words, as printed, marks left out.</summary>
        public string Text { get; }

        public QuoteKind Kind { get; }

        /// <summary>Who said it, resolved within the document: a full name, or the fullest description of an unnamed source.</summary>
        public string? Speaker { get; }

        /// <summary>The words that name the speaker where the quote is attributed, exactly as written ("he", "Toner", "the official").</summary>
        public string? SpeakerMention { get; }

        /// <summary>
        /// True when the quotation is attributed: a speaker resolved, or a source written that names none the document resolves
        /// ("it cited “inadequate coordination”"): what Get-IncidentQuote and <see cref="IncidentCorpus.Quotes"/> give without
        /// -IncludeUnattributed.
        /// </summary>
        internal bool IsAttributed => Speaker != null || SpeakerMention != null;

        /// <summary>0-based offset of <see cref="SpeakerMention"/> in the decoded file text.</summary>
        public int? SpeakerStart { get; }

        /// <summary>Length of <see cref="SpeakerMention"/>.</summary>
        public int? SpeakerLength => SpeakerMention?.Length;

        /// <summary>The speaker's title or apposition ("deputy State Department spokesman").</summary>
        public string? Role { get; }

        /// <summary>The side the speaker speaks for; empty when nothing says.</summary>
        public string? Party { get; }

        /// <summary>The reporting verb or phrase ("said", "told", "according to").</summary>
        public string? Cue { get; }

        /// <summary>The rule of the attribution stage that decided who said it, or that it is nobody's words (a title, a name); null when no rule decided.</summary>
        public string? Rule { get; }

        /// <summary>The document's outlet, from the manifest or the page.</summary>
        public string? Outlet { get; }

        /// <summary>The document's headline.</summary>
        public string? Title { get; }

        /// <summary>The document's publication date, ISO 8601 text like <see cref="IncidentDocument.Published"/>.</summary>
        public string? Published { get; }

        /// <summary>Shared by the versions of one story (see Get-IncidentDocument).</summary>
        public string? StoryId => _story?.Value;

        private readonly StoryLabel? _story;

        public override string ToString() => Speaker == null ? "“" + Text + "”" : "“" + Text + "” — " + Speaker;
    }
}
