using System;

namespace IncidentTools
{
    /// <summary>How much of an attribution's content stands in quotation marks.</summary>
    public enum AttributionKind : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>The content is the speaker's words in quotation marks: “…,” she said.</summary>
        Direct,
        /// <summary>Reported speech with quoted words inside it: he called the report “flawed”.</summary>
        Mixed,
        /// <summary>Reported speech without quotation marks: the ministry said that …; according to X, ….</summary>
        Indirect,
    }

    /// <summary>
    /// One attribution of an article: who (Source), by what cue (Cue), says what (Content),
    /// each with its exact place in the file, plus the speaker resolved within the document,
    /// their role and side, and the rule of the attribution stage that decided it.
    /// Quotes (<see cref="IncidentQuote"/>) and claims (<see cref="IncidentClaim"/>) are views of these records.
    /// Offsets are 0-based UTF-16 offsets into the file's text as <c>Get-Content -Raw</c> gives it.
    /// </summary>
    public sealed class IncidentAttribution
    {
        public IncidentAttribution(
            IncidentDocument document, DocumentParagraph paragraph, int line, AttributionKind kind,
            string? source, int? sourceStart, string? cue, int? cueStart, string content, int contentStart,
            string? speaker, string? role, string? party, string rule, bool cueNegated = false)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            if (paragraph == null) throw new ArgumentNullException(nameof(paragraph));
            DocumentId = document.Id;
            Path = document.Path;
            Outlet = document.Outlet;
            Title = document.Title;
            Published = document.Published;
            Story = document.Story;
            Section = paragraph.Section;
            Paragraph = paragraph.Number;
            Line = line;
            Kind = kind;
            Source = source;
            SourceStart = source == null ? null : sourceStart;
            Cue = cue;
            CueStart = cue == null ? null : cueStart;
            Content = content ?? throw new ArgumentNullException(nameof(content));
            ContentStart = contentStart;
            Speaker = speaker;
            Role = role;
            Party = party;
            Rule = rule ?? throw new ArgumentNullException(nameof(rule));
            CueNegated = cueNegated;
        }

        /// <summary>The document the attribution is in.</summary>
        public string DocumentId { get; }

        /// <summary>The source file (pipes back to Get-IncidentDocument).</summary>
        public string Path { get; }

        /// <summary>The document's outlet, from the manifest or the page.</summary>
        public string? Outlet { get; }

        /// <summary>The document's headline.</summary>
        public string? Title { get; }

        /// <summary>The document's publication date, ISO 8601 text like <see cref="IncidentDocument.Published"/>.</summary>
        public string? Published { get; }

        /// <summary>Shared by the versions of one story.</summary>
        public string StoryId => Story.Value;

        /// <summary>The document's story label (see IncidentDocument.Story).</summary>
        internal StoryLabel Story { get; }

        /// <summary>Body, Highlight or Title.</summary>
        public ParagraphSection Section { get; }

        /// <summary>The paragraph's number within its section.</summary>
        public int Paragraph { get; }

        /// <summary>1-based line in the source file where the content starts.</summary>
        public int Line { get; }

        /// <summary>Direct, Mixed or Indirect.</summary>
        public AttributionKind Kind { get; }

        /// <summary>The words that name the source where the attribution is made, as written ("he", "Toner", "the ministry"); null when the text names nobody.</summary>
        public string? Source { get; }

        /// <summary>0-based offset of <see cref="Source"/> in the file's text.</summary>
        public int? SourceStart { get; }

        /// <summary>Length of <see cref="Source"/>.</summary>
        public int? SourceLength => Source?.Length;

        /// <summary>The reporting cue as written ("said", "according to", "denied"); null when there is none (a speaker label, a continued quote).</summary>
        public string? Cue { get; }

        /// <summary>
        /// True when the cue is negated or refused ("did not say", "has never claimed", "declined to say whether"): the
        /// source is reported as NOT saying <see cref="Content"/>.
        /// </summary>
        public bool CueNegated { get; }

        /// <summary>0-based offset of <see cref="Cue"/> in the file's text.</summary>
        public int? CueStart { get; }

        /// <summary>Length of <see cref="Cue"/>.</summary>
        public int? CueLength => Cue?.Length;

        /// <summary>What is attributed, as written (for a direct quote, the quoted words without marks).</summary>
        public string Content { get; }

        /// <summary>0-based offset of <see cref="Content"/> in the file's text.</summary>
        public int ContentStart { get; }

        /// <summary>Length of <see cref="Content"/>.</summary>
        public int ContentLength => Content.Length;

        /// <summary>Who says it, resolved within the document: a full name, an organisation, or the fullest description of an unnamed source.</summary>
        public string? Speaker { get; }

        /// <summary>The speaker's title or apposition ("deputy State Department spokesman").</summary>
        public string? Role { get; }

        /// <summary>The side the speaker speaks for, from the manifest or the country and organisation tables; null when nothing says.</summary>
        public string? Party { get; }

        /// <summary>The name of the attribution rule that decided the attribution (see about_IncidentTools).</summary>
        public string Rule { get; }

        public override string ToString() => (Speaker ?? Source ?? "?") + ": " + Content;
    }
}
