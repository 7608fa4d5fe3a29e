namespace IncidentTools
{
    /// <summary>Where a paragraph stands in its article.</summary>
    public enum ParagraphSection : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>The article's own body text.</summary>
        Body,
        /// <summary>A story highlight (the bullet list above a story).</summary>
        Highlight,
        /// <summary>The headline.</summary>
        Title,
    }

    /// <summary>
    /// One paragraph of an article: its number within its section, the 1-based
    /// line where it stands in the file, its character offset in the decoded file
    /// text (line endings as on disk), and its text.
    /// </summary>
    public sealed class DocumentParagraph
    {
        public DocumentParagraph(string documentId, ParagraphSection section, int number, int line, int start, string text)
        {
            DocumentId = documentId;
            Section = section;
            Number = number;
            Line = line;
            Start = start;
            Text = text;
        }

        /// <summary>The document the paragraph belongs to.</summary>
        public string DocumentId { get; }

        /// <summary>Body, Highlight or Title.</summary>
        public ParagraphSection Section { get; }

        /// <summary>1-based number within its section (body paragraph 1, 2, …; highlight 1, 2, …).</summary>
        public int Number { get; }

        /// <summary>1-based line in the source file.</summary>
        public int Line { get; }

        /// <summary>0-based offset of <see cref="Text"/>'s first character in the decoded file text.</summary>
        public int Start { get; }

        /// <summary>Length of <see cref="Text"/>.</summary>
        public int Length => Text.Length;

        /// <summary>The paragraph's text, exactly as in the file (trimmed of surrounding blanks and bullets).</summary>
        public string Text { get; }

        public override string ToString() => Text;
    }
}
