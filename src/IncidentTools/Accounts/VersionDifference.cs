namespace IncidentTools
{
    /// <summary>What happened to an element between two versions of a story.</summary>
    public enum VersionChange : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>In both versions, the same after normalising blanks, case and marks.</summary>
        Same,
        /// <summary>Only in the reference (earlier) version.</summary>
        Removed,
        /// <summary>Only in the difference (later) version.</summary>
        Added,
        /// <summary>In both, with different words (similar enough to be the same element).</summary>
        Edited,
    }

    /// <summary>The part of a story a difference is about.</summary>
    public enum VersionElement : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        Title,
        Highlight,
        Paragraph,
        Quote,
        Contributors,
    }

    /// <summary>
    /// One row of a version comparison, like Compare-Object's output but typed: the side
    /// indicator "==" (same), "&lt;=" (only in the reference), "=&gt;" (only in the difference)
    /// or "&lt;&gt;" (edited), with both texts and where they stand.
    /// </summary>
    public sealed class VersionDifference
    {
        public VersionDifference(
            VersionChange change, VersionElement element,
            string? referenceText, string? differenceText,
            int? referenceParagraph, int? differenceParagraph,
            double similarity, string referenceDocument, string differenceDocument)
        {
            Change = change;
            Element = element;
            ReferenceText = referenceText;
            DifferenceText = differenceText;
            ReferenceParagraph = referenceParagraph;
            DifferenceParagraph = differenceParagraph;
            Similarity = similarity;
            ReferenceDocument = referenceDocument;
            DifferenceDocument = differenceDocument;
        }

        /// <summary>"==" same, "&lt;=" only in the reference, "=&gt;" only in the difference, "&lt;&gt;" edited.</summary>
        public string SideIndicator => Change switch
        {
            VersionChange.Same => "==",
            VersionChange.Removed => "<=",
            VersionChange.Added => "=>",
            _ => "<>",
        };

        public VersionChange Change { get; }

        public VersionElement Element { get; }

        public string? ReferenceText { get; }

        public string? DifferenceText { get; }

        /// <summary>The element's number in the reference version (paragraph or highlight number), or null.</summary>
        public int? ReferenceParagraph { get; }

        public int? DifferenceParagraph { get; }

        /// <summary>Word-level similarity of the two texts, 0 to 1 (1 for Same, 0 for Added and Removed).</summary>
        public double Similarity { get; }

        public string ReferenceDocument { get; }

        public string DifferenceDocument { get; }

        public override string ToString() => SideIndicator + " " + Element + ": " + (DifferenceText ?? ReferenceText);
    }
}
