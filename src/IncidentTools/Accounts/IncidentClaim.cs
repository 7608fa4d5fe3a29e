namespace IncidentTools
{
    /// <summary>How a claim reached the text: in the party's quoted words, or in the writer's report of them.</summary>
    public enum ClaimSource : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>A quotation attributed to a speaker of the party.</summary>
        Quote,
        /// <summary>Reported speech: "Pakistan has said that …", "according to the Pentagon, …".</summary>
        ReportedSpeech,
    }

    /// <summary>
    /// A statement attributed to a party, and the question it answers (if any) with the
    /// position it takes. One sentence that answers two questions gives two claims.
    /// </summary>
    public sealed class IncidentClaim
    {
        public IncidentClaim(
            string party, string? speaker, string? question, string? position, string? cue, bool negated,
            string text, string documentId, ParagraphSection section, int paragraph, int line, int start,
            ClaimSource source, string? reportingCue)
        {
            Party = party;
            Speaker = speaker;
            Question = question;
            Position = position;
            Cue = cue;
            Negated = negated;
            Text = text;
            DocumentId = documentId;
            Section = section;
            Paragraph = paragraph;
            Line = line;
            Start = start;
            Source = source;
            ReportingCue = reportingCue;
        }

        /// <summary>The side that makes the claim.</summary>
        public string Party { get; }

        /// <summary>Who makes it, as the text names them ("Mark Toner", "Pakistan’s military", "the official").</summary>
        public string? Speaker { get; }

        /// <summary>The id of the question the claim answers; null when it answers none.</summary>
        public string? Question { get; }

        /// <summary>The label of the position the claim takes on <see cref="Question"/>.</summary>
        public string? Position { get; }

        /// <summary>The words of the sentence that matched the position's cue.</summary>
        public string? Cue { get; }

        /// <summary>True when the cue stood in a negated scope ("was not deliberate") and so gave the opposite position.</summary>
        public bool Negated { get; }

        /// <summary>The sentence, as printed.</summary>
        public string Text { get; }

        public string DocumentId { get; }

        /// <summary>Body, Highlight or Title.</summary>
        public ParagraphSection Section { get; }

        /// <summary>The paragraph's number within its section.</summary>
        public int Paragraph { get; }

        /// <summary>1-based line of the sentence in the source file.</summary>
        public int Line { get; }

        /// <summary>0-based offset of the sentence in the decoded file text.</summary>
        public int Start { get; }

        /// <summary>Length of <see cref="Text"/>.</summary>
        public int Length => Text.Length;

        public ClaimSource Source { get; }

        /// <summary>The reporting verb or phrase that attributes the claim ("insisted", "according to").</summary>
        public string? ReportingCue { get; }

        /// <summary>"000_x ¶12: Mark Toner: text" (highlights "H2", the headline "T").</summary>
        public override string ToString()
        {
            var where = Section == ParagraphSection.Body ? "¶" + Paragraph : Section == ParagraphSection.Highlight ? "H" + Paragraph : "T";
            return DocumentId + " " + where + ": " + (Speaker ?? Party) + ": " + Text;
        }
    }
}
