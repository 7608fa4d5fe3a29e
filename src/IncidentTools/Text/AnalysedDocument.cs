using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace IncidentTools.Text
{
    /// <summary>
    /// A document analysed once: for each paragraph (headline, highlights, body, in that order)
    /// its quotation spans, its tokens (a quoted span is one token) and the writer's sentences.
    /// Every later stage (attribution, quotes, claims) reads this and never re-tokenizes.
    /// Built on first use and kept with the document (<see cref="Of"/>); safe to share between threads.
    /// </summary>
    internal sealed class AnalysedDocument
    {
        private static readonly ConditionalWeakTable<IncidentDocument, AnalysedDocument> Cache = new ConditionalWeakTable<IncidentDocument, AnalysedDocument>();

        private AnalysedDocument(IncidentDocument document)
        {
            Document = document;
            var paragraphs = new List<AnalysedParagraph>();
            var quotations = new List<QuotationRef>();
            int index = 0;
            foreach (var p in document.AllParagraphs())
            {
                var ap = new AnalysedParagraph(p, index++);
                for (int k = 0; k < ap.Tokens.Count; k++)
                {
                    if (!ap.Tokens[k].IsQuote) continue;
                    quotations.Add(new QuotationRef(quotations.Count, ap, ap.Quotations[ap.Tokens[k].Quote], k, ap.SentenceOf(k)));
                }
                paragraphs.Add(ap);
            }
            Paragraphs = paragraphs;
            Quotations = quotations;
        }

        /// <summary>The analysis of the document, made on first use.</summary>
        public static AnalysedDocument Of(IncidentDocument document) =>
            Cache.GetValue(document, d => new AnalysedDocument(d));

        public IncidentDocument Document { get; }

        /// <summary>Headline, highlights, then body paragraphs, in document order.</summary>
        public IReadOnlyList<AnalysedParagraph> Paragraphs { get; }

        /// <summary>Every quotation span of the document, in document order.</summary>
        public IReadOnlyList<QuotationRef> Quotations { get; }
    }

    /// <summary>One paragraph, analysed: quotation spans, tokens and sentences (all paragraph-relative).</summary>
    internal sealed class AnalysedParagraph
    {
        public AnalysedParagraph(DocumentParagraph paragraph, int index)
        {
            Paragraph = paragraph;
            Index = index;
            Quotations = QuotationScanner.Scan(paragraph.Text);
            Tokens = Tokenizer.Tokenize(paragraph.Text, Quotations);
            Sentences = Tokenizer.Sentences(Tokens);
        }

        public DocumentParagraph Paragraph { get; }

        /// <summary>Position in <see cref="AnalysedDocument.Paragraphs"/>.</summary>
        public int Index { get; }

        public string Text => Paragraph.Text;

        /// <summary>Offset of the paragraph's first character in the file's text.</summary>
        public int Start => Paragraph.Start;

        public ParagraphSection Section => Paragraph.Section;

        public List<QuotationSpan> Quotations { get; }

        public List<Token> Tokens { get; }

        /// <summary>Sentence ranges [Start, End) of token indices.</summary>
        public List<(int Start, int End)> Sentences { get; }

        /// <summary>The index of the sentence that holds token k.</summary>
        public int SentenceOf(int k)
        {
            int lo = 0, hi = Sentences.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (Sentences[mid].Start <= k) lo = mid; else hi = mid - 1;
            }
            return lo;
        }

        /// <summary>The 1-based file line of a paragraph-relative offset.</summary>
        public int LineOf(int offset)
        {
            int line = Paragraph.Line;
            var t = Text;
            for (int i = 0; i < offset && i < t.Length; i++)
            {
                if (t[i] == '\n') line++;
                else if (t[i] == '\r' && (i + 1 >= t.Length || t[i + 1] != '\n')) line++;
            }
            return line;
        }
    }

    /// <summary>A quotation span of the document: its paragraph, its token and its sentence.</summary>
    internal sealed class QuotationRef
    {
        public QuotationRef(int index, AnalysedParagraph paragraph, QuotationSpan span, int token, int sentence)
        {
            Index = index;
            Paragraph = paragraph;
            Span = span;
            Token = token;
            Sentence = sentence;
        }

        /// <summary>Position in <see cref="AnalysedDocument.Quotations"/>.</summary>
        public int Index { get; }

        public AnalysedParagraph Paragraph { get; }
        public QuotationSpan Span { get; }

        /// <summary>The quote's token in its paragraph.</summary>
        public int Token { get; }

        /// <summary>The quote's sentence in its paragraph.</summary>
        public int Sentence { get; }

        /// <summary>The quoted words (marks excluded), as written.</summary>
        public string Text => Paragraph.Text.Substring(Span.TextStart, Span.TextEnd - Span.TextStart);

        public override string ToString() => "“" + Text + "”";
    }
}
