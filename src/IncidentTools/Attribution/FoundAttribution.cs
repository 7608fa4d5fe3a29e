using System.Collections.Generic;
using IncidentTools.Quotes;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>A span of the file's text: 0-based offset and length.</summary>
    internal readonly struct TextSpan
    {
        public TextSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;

        public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

        public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

        public override string ToString() => $"[{Start}..{End})";
    }

    /// <summary>
    /// An attribution while the stage runs: what a rule decided (source mention, cue, content,
    /// the quotations it covers) and, after speaker resolution, who the source is.
    /// Offsets are into the file's text.
    /// </summary>
    internal sealed class FoundAttribution
    {
        public FoundAttribution(string rule, AnalysedParagraph paragraph, int sentence, AttributionKind kind, TextSpan content)
        {
            Rule = rule;
            Paragraph = paragraph;
            Sentence = sentence;
            Kind = kind;
            Content = content;
        }

        /// <summary>The rule that decided the attribution.</summary>
        public string Rule { get; }

        /// <summary>The paragraph of the content.</summary>
        public AnalysedParagraph Paragraph { get; }

        /// <summary>The sentence (in <see cref="Paragraph"/>) where the content starts.</summary>
        public int Sentence { get; }

        public AttributionKind Kind { get; set; }

        public TextSpan Content { get; set; }

        /// <summary>The reporting cue, when the text has one.</summary>
        public TextSpan? Cue { get; set; }

        /// <summary>The local mention of the source ("he", "the ministry"), with the paragraph it stands in (it may be an earlier one).</summary>
        public Mention? Source { get; set; }

        public AnalysedParagraph? SourceParagraph { get; set; }

        /// <summary>
        /// For an attribution whose source is not written where it stands (a quotation that
        /// continues an earlier one), the attribution it takes its source and speaker from.
        /// </summary>
        public FoundAttribution? ContinuesFrom { get; set; }

        /// <summary>The quotations the content covers.</summary>
        public List<QuotationRef> Quotations { get; } = new List<QuotationRef>();

        /// <summary>The speaker, set by speaker resolution after the rules ran.</summary>
        public Entity? Speaker { get; set; }

        public override string ToString() => Rule + ": " + (Source?.Text ?? "?") + " " + Content;
    }
}
