using System;

namespace IncidentTools
{
    /// <summary>
    /// A claim: an attribution of an article (who said what, quoted or reported, with the exact
    /// place of its source, cue and content), with the side the speaker speaks for and, where the
    /// manifest defines questions, the question it answers and the position it takes. One
    /// attribution that answers two questions gives two claims; one that answers none gives one
    /// claim with no question.
    /// Offsets are 0-based UTF-16 offsets into the file's text as <c>Get-Content -Raw</c> gives it.
    /// </summary>
    public sealed class IncidentClaim
    {
        internal IncidentClaim(
            IncidentAttribution attribution, string? party, string? speaker,
            string? question, string? position, string? positionCue, bool negated,
            string text, int start, int line)
        {
            if (attribution == null) throw new ArgumentNullException(nameof(attribution));
            _attribution = attribution;
            DocumentId = attribution.DocumentId;
            Path = attribution.Path;
            Outlet = attribution.Outlet;
            Title = attribution.Title;
            Published = attribution.Published;
            _story = attribution.Story;
            Section = attribution.Section;
            Paragraph = attribution.Paragraph;
            Kind = attribution.Kind;
            Source = attribution.Source;
            SourceStart = attribution.SourceStart;
            Cue = attribution.Cue;
            CueStart = attribution.CueStart;
            CueNegated = attribution.CueNegated;
            Content = attribution.Content;
            ContentStart = attribution.ContentStart;
            Role = attribution.Role;
            Rule = attribution.Rule;
            Party = party;
            Speaker = speaker;
            Question = question;
            Position = position;
            PositionCue = positionCue;
            Negated = negated;
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Start = start;
            Line = line;
        }

        /// <summary>The side that makes the claim; null when neither the manifest nor the country and organisation tables say.</summary>
        public string? Party { get; }

        /// <summary>Who makes it, resolved within the document ("Mark Toner", "Pakistan’s military", "the official").</summary>
        public string? Speaker { get; }

        /// <summary>The speaker's title or apposition ("deputy State Department spokesman").</summary>
        public string? Role { get; }

        /// <summary>The id of the question the claim answers; null when it answers none.</summary>
        public string? Question { get; }

        /// <summary>
        /// The label of the position the claim takes on <see cref="Question"/>; null where the claim's words (or those of the
        /// source that reports it) leave the question's point open (the question's <c>open:</c> phrases in the manifest):
        /// <see cref="PositionCue"/> then gives those words.
        /// </summary>
        public string? Position { get; }

        /// <summary>
        /// The words of the sentence that matched the position's cue in the manifest; for a claim that leaves its question open
        /// (no <see cref="Position"/>), the words that matched the question's <c>open:</c> phrase.
        /// </summary>
        public string? PositionCue { get; }

        /// <summary>True when the position cue stood in a negated scope ("was not deliberate") and so gave the opposite position.</summary>
        public bool Negated { get; }

        /// <summary>Direct (quoted words), Mixed (reported speech with quoted words) or Indirect (reported speech).</summary>
        public AttributionKind Kind { get; }

        /// <summary>The words that name the source where the attribution is made, as written ("he", "Toner", "the ministry").</summary>
        public string? Source { get; }

        /// <summary>0-based offset of <see cref="Source"/> in the file's text.</summary>
        public int? SourceStart { get; }

        /// <summary>Length of <see cref="Source"/>.</summary>
        public int? SourceLength => Source?.Length;

        /// <summary>The reporting cue as written ("said", "according to", "denied"); null when there is none.</summary>
        public string? Cue { get; }

        /// <summary>0-based offset of <see cref="Cue"/> in the file's text.</summary>
        public int? CueStart { get; }

        /// <summary>
        /// True when the cue is negated or refused ("did not say", "has never claimed", "declined to say whether"): the
        /// speaker is reported as NOT saying <see cref="Content"/>, so the claim takes no position.
        /// </summary>
        public bool CueNegated { get; }

        /// <summary>Length of <see cref="Cue"/>.</summary>
        public int? CueLength => Cue?.Length;

        /// <summary>What is attributed, as written (for a direct quote, the quoted words without marks).</summary>
        public string Content { get; }

        /// <summary>0-based offset of <see cref="Content"/> in the file's text.</summary>
        public int ContentStart { get; }

        /// <summary>Length of <see cref="Content"/>.</summary>
        public int ContentLength => Content.Length;

        /// <summary>The name of the attribution rule that found the attribution.</summary>
        public string Rule { get; }

        /// <summary>The sentence that holds the attribution's content, as printed.</summary>
        public string Text { get; }

        /// <summary>0-based offset of <see cref="Text"/> in the file's text.</summary>
        public int Start { get; }

        /// <summary>Length of <see cref="Text"/>.</summary>
        public int Length => Text.Length;

        /// <summary>1-based line of the sentence in the source file.</summary>
        public int Line { get; }

        /// <summary>The document the claim is in.</summary>
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
        public string StoryId => _story.Value;

        private readonly StoryLabel _story;

        /// <summary>The attribution the claim was read from (one attribution may give several claims).</summary>
        private readonly IncidentAttribution _attribution;

        /// <summary>True when both claims were read from one attribution.</summary>
        internal bool SameAttribution(IncidentClaim other) => ReferenceEquals(_attribution, other._attribution);

        /// <summary>The same attribution's claim with no question and no position.</summary>
        internal IncidentClaim WithoutPosition() => new IncidentClaim(_attribution, Party, Speaker, null, null, null, false, Text, Start, Line);

        /// <summary>The same claim on its question with no position, and the words that left the question's point open as its <see cref="PositionCue"/>.</summary>
        internal IncidentClaim LeftOpen(string words) => new IncidentClaim(_attribution, Party, Speaker, Question, null, words, false, Text, Start, Line);

        /// <summary>Body, Highlight or Title.</summary>
        public ParagraphSection Section { get; }

        /// <summary>The paragraph's number within its section.</summary>
        public int Paragraph { get; }

        /// <summary>"000_x ¶12: Mark Toner: text" (highlights "H2", the headline "T").</summary>
        public override string ToString()
        {
            var where = Section == ParagraphSection.Body ? "¶" + Paragraph : Section == ParagraphSection.Highlight ? "H" + Paragraph : "T";
            return DocumentId + " " + where + ": " + (Speaker ?? Source ?? Party) + ": " + Text;
        }
    }
}
