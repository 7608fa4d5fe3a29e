using System.Collections.Generic;
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

        public static TextSpan FromTo(int start, int end) => new TextSpan(start, end - start);

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;

        public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

        public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

        public TextSpan Union(TextSpan other) => FromTo(System.Math.Min(Start, other.Start), System.Math.Max(End, other.End));

        public override string ToString() => $"[{Start}..{End})";
    }

    /// <summary>
    /// An attribution while the stage runs: what a rule decided (source mention, cue, content, the
    /// quotations it covers) and, after speaker resolution, who the source is. Spans are file offsets;
    /// the token indices of <see cref="Source"/> and <see cref="CueWords"/> are into <see cref="SourceTokens"/>.
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

        /// <summary>An attribution whose content starts in the given sentence of its paragraph (found from the content's start).</summary>
        public FoundAttribution(string rule, AnalysedParagraph paragraph, AttributionKind kind, TextSpan content)
            : this(rule, paragraph, paragraph.SentenceAt(content.Start - paragraph.Start), kind, content)
        {
        }

        /// <summary>The rule that decided the attribution.</summary>
        public string Rule { get; }

        /// <summary>
        /// True for a labelled turn or answer ("NADIA HAQ: …", "A: …", an interview's answer): the speaker's own voice,
        /// in which "I" is that speaker and the beliefs of those its sentences name are no report.
        /// </summary>
        public bool IsTurn => Rule == nameof(Rules.TranscriptSpeaker) || Rule == nameof(Rules.SpeakerLabel) || Rule == nameof(Rules.InterviewAnswer) || Rule == nameof(Rules.RecordLabel);

        /// <summary>The paragraph where the content starts.</summary>
        public AnalysedParagraph Paragraph { get; }

        /// <summary>The sentence (in <see cref="Paragraph"/>) where the content starts.</summary>
        public int Sentence { get; }

        public AttributionKind Kind { get; set; }

        /// <summary>What is attributed (file offsets).</summary>
        public TextSpan Content { get; set; }

        /// <summary>The local mention of the source ("he", "the ministry", "Toner") as the grammar read it; null when the text names nobody where the content stands.</summary>
        public Mention? Source { get; set; }

        /// <summary>The paragraph the <see cref="Source"/> and the cue stand in (it may be an earlier one than the content's).</summary>
        public AnalysedParagraph? SourceParagraph { get; set; }

        /// <summary>The tokens <see cref="Source"/> and <see cref="CueWords"/> index into: those of <see cref="SourceParagraph"/>, or the inner tokens of one of its quotations.</summary>
        public IReadOnlyList<Token>? SourceTokens { get; set; }

        /// <summary>The reporting cue as the grammar read it, when the text has one.</summary>
        public CueMatch? CueWords { get; set; }

        /// <summary>The reporting verb of the cue ("said" in "did not say"), from the grammar's reading or the lexicon; null for a cue that is no verb.</summary>
        public ReportingVerb? CueVerb =>
            CueWords == null ? null : CueWords.Verb ?? (SourceTokens != null && CueWords.Start < SourceTokens.Count && SourceTokens[CueWords.Start].IsWord ? Lexicon.Verb(SourceTokens[CueWords.Start].Lower) : null);

        /// <summary>File offsets of the cue's words, when the text has a cue.</summary>
        public TextSpan? Cue { get; set; }

        /// <summary>Where the cue stands relative to the content.</summary>
        public CuePlace? Place { get; set; }

        /// <summary>
        /// For an attribution whose source is not written where it stands (a quotation that continues
        /// an earlier one, a paragraph introduced by "He said:"), the attribution it takes its source,
        /// cue and speaker from.
        /// </summary>
        public FoundAttribution? ContinuesFrom { get; set; }

        /// <summary>The attribution whose source this one shows: itself, or the first of the chain it continues.</summary>
        public FoundAttribution Root
        {
            get
            {
                var a = this;
                while (a.ContinuesFrom != null) a = a.ContinuesFrom;
                return a;
            }
        }

        /// <summary>
        /// False for an attribution whose content may cite others' quoted words that it does not attribute
        /// (a transcript line or an interview answer): only the quotations it lists are its own.
        /// </summary>
        public bool CoversInnerQuotations { get; set; } = true;

        /// <summary>
        /// When set, a file offset from which the content covers no open quotation: they lie in a clause of the
        /// content that reports someone else's words ("X wants … the Founding Fathers wrote “…”").
        /// </summary>
        public int? CoversQuotationsBefore { get; set; }

        /// <summary>The quotations the content covers, in order.</summary>
        public List<QuotationRef> Quotations { get; } = new List<QuotationRef>();

        /// <summary>The speaker, set by speaker resolution after the rules ran (null when the mention cannot be resolved).</summary>
        public Entity? Speaker { get; set; }

        /// <summary>File offsets of the source mention, or null.</summary>
        public TextSpan? SourceSpan => Source == null || SourceParagraph == null
            ? (TextSpan?)null
            : TextSpan.FromTo(SourceParagraph.Start + Source.CharStart, SourceParagraph.Start + Source.CharEnd);

        /// <summary>
        /// File offsets of the source mention this record shows: its root's <see cref="SourceSpan"/>, except where a relative
        /// pronoun is that mention (“…,” said Tom Reyes, who noted that …) and this attribution continues it in a later sentence
        /// (a quotation with no cue of its own): the pronoun names its speaker only inside its own sentence, so the record shows
        /// the noun phrase the pronoun stands for (<see cref="Mention.Owner"/>), as annotated news marks such a source.
        /// </summary>
        public TextSpan? ShownSourceSpan
        {
            get
            {
                var root = Root;
                if (ReferenceEquals(root, this) || root.Source is not { IsPronoun: true, Owner: { } antecedent } || root.SourceParagraph is not { } sp ||
                    !ReferenceEquals(root.SourceTokens, sp.Tokens) || Paragraph == sp && Sentence <= sp.SentenceAt(root.Source.CharStart) && !AfterClosedRelative(root.Source, sp))
                    return root.SourceSpan;
                return TextSpan.FromTo(sp.Start + antecedent.CharStart, sp.Start + antecedent.CharEnd);
            }
        }

        /// <summary>
        /// "Lund, who has called the plan “a fraud,” plainly wanted the crowd to “walk away”": this record's first quotation stands in
        /// the source's paragraph after the relative aside of the pronoun <paramref name="pronoun"/> has closed
        /// (<see cref="Clauses.AfterClosedRelative"/>), in the clause of the noun phrase the pronoun stands for.
        /// </summary>
        private bool AfterClosedRelative(Mention pronoun, AnalysedParagraph sp) =>
            Paragraph == sp && Quotations.Count > 0 && Clauses.AfterClosedRelative(sp.Tokens, pronoun.Start, Quotations[0].Token) >= 0;

        public override string ToString() => Rule + ": " + (Root.Source?.Text ?? "?") + " " + Content;
    }
}
