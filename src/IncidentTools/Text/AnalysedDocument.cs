using System;
using System.Collections.Generic;
using System.Threading;

namespace IncidentTools.Text
{
    /// <summary>
    /// A document analysed once: for each paragraph (headline, highlights, body, in that order)
    /// its quotation spans (single and double marks), its tokens (a quoted span is one token) and
    /// the writer's sentences. The one tokenizer, sentence splitter and quotation detector of the
    /// engine: every later stage (attribution, quotes, claims) reads this and never re-tokenizes.
    /// Built on first use and kept with the document (<see cref="Of"/>); immutable once built, so it
    /// is safe to share between threads. Linear in the length of the document.
    /// </summary>
    /// <remarks>
    /// The analysis hangs off its document (a field the first thread to finish sets), so it lives exactly
    /// as long as the document: no table of weak keys, whose dependent handles every collection must scan.
    /// </remarks>
    internal sealed class AnalysedDocument
    {

        private AnalysedDocument(IncidentDocument document)
        {
            Document = document;
            var paragraphs = new List<AnalysedParagraph>();
            var quotations = new List<QuotationRef>();
            int index = 0;
            // the words of the document met again share their strings (DocumentWords), for this document only
            var words = DocumentWords.Begin();
            try
            {
                var turns = FullStopTurns(document);
                int entry = -1;
                foreach (var p in document.AllParagraphs())
                {
                    var ap = new AnalysedParagraph(p, index, quotations.Count, turns != null && turns.Contains(index));
                    // "12.15 A US official …", "9:41 a.m. -- …", "6:01 p.m." over its paragraphs: a live blog's entry runs from its
                    // stamp to the next one
                    if (p.Section == ParagraphSection.Body && Tokenizer.OpensTimeStamp(ap.Tokens)) entry = index;
                    ap.EntryStart = p.Section == ParagraphSection.Body ? entry : -1;
                    index++;
                    for (int k = 0; k < ap.Tokens.Count; k++)
                    {
                        if (!ap.Tokens[k].IsQuote) continue;
                        quotations.Add(new QuotationRef(quotations.Count, ap, ap.Quotations[ap.QuotationIndexOf(ap.Tokens[k])], k, ap.SentenceOf(k)));
                    }
                    ap.QuotationCount = quotations.Count - ap.FirstQuotation;
                    paragraphs.Add(ap);
                }
            }
            finally
            {
                words?.End();
            }
            Paragraphs = new ItemList<AnalysedParagraph>(paragraphs.ToArray());
            Quotations = new ItemList<QuotationRef>(quotations.ToArray());
        }

        /// <summary>
        /// The paragraphs (by index in document order) that open an interview's turn with a label and a full stop ("Q. Why did
        /// you refuse?", "A. Because …"), as magazines print them: a body paragraph that opens with a capital Q or A, a full stop,
        /// a blank and a capital or a quotation mark. Such labels are read only where they make up the turns of an interview: the
        /// document has at least one question and one answer, and its labels alternate from a question on (Q, A, Q, A, …); a lone
        /// "A. Smith said …" is an initial. Null when the document has no such turns.
        /// </summary>
        private static HashSet<int>? FullStopTurns(IncidentDocument document)
        {
            List<(int Index, bool Question)>? found = null;
            int index = 0;
            foreach (var p in document.AllParagraphs())
            {
                char label = p.Section == ParagraphSection.Body ? FullStopLabel(p.Text) : '\0';
                if (label != '\0') (found ??= new List<(int, bool)>()).Add((index, Lexicon.Is(label.ToString(), WordGroup.QuestionLabel)));
                index++;
            }
            if (found == null || found.Count < 2) return null;
            for (int k = 0; k < found.Count; k++)
                if (found[k].Question != (k % 2 == 0)) return null;
            var turns = new HashSet<int>();
            foreach (var f in found) turns.Add(f.Index);
            return turns;
        }

        /// <summary>The label of a paragraph opening "Q. …" or "A. …" (an interview label, a full stop, a blank, then a capital, a digit or a quotation mark), else '\0'.</summary>
        internal static char FullStopLabel(string text)
        {
            int a = 0;
            while (a < text.Length && char.IsWhiteSpace(text[a])) a++;
            if (a + 3 >= text.Length || !char.IsUpper(text[a]) || text[a + 1] != '.' || !(text[a + 2] == ' ' || text[a + 2] == '\u00A0')) return '\0';
            int w = a + 2;
            while (w < text.Length && (text[w] == ' ' || text[w] == '\u00A0')) w++;
            if (w >= text.Length || !(char.IsUpper(text[w]) || char.IsDigit(text[w]) || QuotationScanner.IsMark(text[w]))) return '\0';
            return Lexicon.Is(text[a].ToString(), WordGroup.InterviewLabel) ? text[a] : '\0';
        }

        /// <summary>The analysis of the document, made on first use.</summary>
        public static AnalysedDocument Of(IncidentDocument document)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            var known = Volatile.Read(ref document.Analysis);
            if (known != null) return known;
            var made = new AnalysedDocument(document);
            // Two threads may analyse the same document at once: the first analysis set is everyone's.
            return Interlocked.CompareExchange(ref document.Analysis, made, null) ?? made;
        }

        /// <summary>
        /// What the attribution stage last worked out for this document on some thread (its own record,
        /// made and read by that stage alone), so that the quotes and the claims of one document read one
        /// run; it goes when the document goes.
        /// </summary>
        internal object? LastRun;

        public IncidentDocument Document { get; }

        /// <summary>Headline, highlights, then body paragraphs, in document order.</summary>
        public ItemList<AnalysedParagraph> Paragraphs { get; }

        /// <summary>Every quotation span of the document, in document order.</summary>
        public ItemList<QuotationRef> Quotations { get; }

        /// <summary>The quotations of one paragraph, in order (a run of <see cref="Quotations"/>: no iterator is made at each call).</summary>
        public ItemList<QuotationRef>.Slice QuotationsOf(AnalysedParagraph paragraph) =>
            Quotations.Range(paragraph.FirstQuotation, paragraph.QuotationCount);

        /// <summary>
        /// The sentence before sentence <paramref name="sentence"/> of <paramref name="paragraph"/>: the one before it in the
        /// paragraph, or, for its first sentence, the last sentence of the paragraph before in the same section. False when there
        /// is none (the first paragraph, a paragraph of another section before it, or one with no sentence).
        /// </summary>
        public bool SentenceBefore(AnalysedParagraph paragraph, int sentence, out AnalysedParagraph sp, out int si)
        {
            sp = paragraph;
            si = sentence - 1;
            if (si >= 0) return true;
            if (paragraph.Index == 0) return false;
            sp = Paragraphs[paragraph.Index - 1];
            si = sp.Sentences.Count - 1;
            return sp.Section == paragraph.Section && si >= 0;
        }
    }

    /// <summary>
    /// One paragraph, analysed: quotation spans, tokens and sentences. Token and span offsets are
    /// paragraph-relative; add <see cref="Start"/> for offsets into the file's text.
    /// </summary>
    internal sealed class AnalysedParagraph
    {
        private TokenList?[]? _inner;

        /// <summary>
        /// Analyses one paragraph. <c>fullStopTurn</c>: the paragraph opens an interview's turn labelled with a full stop
        /// ("Q. …", "A. …"), as the document's turns are (<see cref="AnalysedDocument"/> decides).
        /// </summary>
        public AnalysedParagraph(DocumentParagraph paragraph, int index, int firstQuotation, bool fullStopTurn = false)
        {
            Paragraph = paragraph;
            Index = index;
            FirstQuotation = firstQuotation;
            Quotations = QuotationScanner.Scan(paragraph.Text);
            CloseBeforeOwnAttribution(paragraph.Text, Quotations);
            Tokens = Tokenizer.Tokenize(paragraph.Text, Quotations);
            var tk = Tokens;
            if (fullStopTurn && tk.Count > 1 && tk[0].Text.Length == 2 && tk[0].Text[1] == '.')
            {
                // "Q. Why did you refuse?": the label is a heading of its own, not an initial of the sentence's subject
                TurnLabel = tk[0].Text[0];
                TurnWords = 1;
            }
            else if (paragraph.Section == ParagraphSection.Body && tk.Count >= 3 && tk[1].Is(":") && tk[0].IsCapitalized && tk[0].Has(WordGroup.InterviewLabel))
            {
                // "Q: Why did you refuse?"
                TurnLabel = tk[0].Text[0];
                TurnWords = 2;
            }
            Sentences = new ItemList<(int Start, int End)>(Tokenizer.Sentences(Tokens, TurnWords == 1 ? 1 : 0));
            _lineBreaks = LineBreaks(paragraph.Text);
        }

        /// <summary>
        /// 'Q' or 'A' when the paragraph opens a turn of an interview, a question or an answer ("Q: …", "A: …"; "Q. …", "A. …"
        /// where the document's turns are so labelled), else '\0'.
        /// </summary>
        public char TurnLabel { get; }

        /// <summary>The index of the first token after a turn's label (2 after "Q:", 1 after "Q."); 0 when the paragraph opens no turn.</summary>
        public int TurnWords { get; }

        /// <summary>
        /// In a live blog, the index of the paragraph whose time stamp opened the entry this paragraph belongs to (itself when it
        /// opens with one: <see cref="Tokenizer.OpensTimeStamp"/>; the stamp's own paragraph when the stamp stands alone over the
        /// entry); -1 before the first stamp, outside the body, and in a document with none.
        /// </summary>
        public int EntryStart { get; internal set; } = -1;

        public DocumentParagraph Paragraph { get; }

        /// <summary>Position in <see cref="AnalysedDocument.Paragraphs"/>.</summary>
        public int Index { get; }

        /// <summary>Index in <see cref="AnalysedDocument.Quotations"/> of the paragraph's first quotation.</summary>
        internal int FirstQuotation { get; }

        /// <summary>How many of <see cref="AnalysedDocument.Quotations"/> are the paragraph's (set once, as the document is analysed).</summary>
        internal int QuotationCount { get; set; }

        public string Text => Paragraph.Text;

        /// <summary>Offset of the paragraph's first character in the file's text.</summary>
        public int Start => Paragraph.Start;

        public ParagraphSection Section => Paragraph.Section;

        /// <summary>The quotation spans, in order (single and double marks; a quotation inside a quotation is part of it).</summary>
        public IReadOnlyList<QuotationSpan> Quotations { get; }

        /// <summary>Words, punctuation marks and whole quotations (one token each), in order.</summary>
        public TokenList Tokens { get; }

        /// <summary>Sentence ranges [Start, End) of token indices: the writer's sentences, quotations kept inside.</summary>
        public ItemList<(int Start, int End)> Sentences { get; }

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

        /// <summary>Paragraph-relative character offsets [Start, End) of sentence i.</summary>
        public (int Start, int End) SentenceSpan(int i)
        {
            var (s, e) = Sentences[i];
            return (Tokens[s].Start, Tokens[e - 1].End);
        }

        /// <summary>The index of the first token that starts at or after a paragraph offset (Tokens.Count when none).</summary>
        public int TokenAt(int offset)
        {
            int lo = 0, hi = Tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /// <summary>The index of the sentence that holds a paragraph offset (a word's, or inside a quotation).</summary>
        public int SentenceAt(int offset)
        {
            int k = TokenAt(offset);
            if (k >= Tokens.Count || k > 0 && Tokens[k].Start > offset && Tokens[k - 1].End > offset) k--;
            return Tokens.Count == 0 ? 0 : SentenceOf(Math.Max(0, Math.Min(k, Tokens.Count - 1)));
        }

        /// <summary>The quotation span whose marks enclose a paragraph offset, or null (a binary search).</summary>
        public QuotationSpan? QuotationAt(int offset)
        {
            int lo = 0, hi = Quotations.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                var q = Quotations[mid];
                if (offset < q.Open) hi = mid - 1;
                else if (offset >= q.End) lo = mid + 1;
                else return q;
            }
            return null;
        }

        /// <summary>The index in <see cref="Quotations"/> of a quote token's span (the span that opens where the token starts; a binary search).</summary>
        public int QuotationIndexOf(Token quote)
        {
            int lo = 0, hi = Quotations.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                int open = Quotations[mid].Open;
                if (open == quote.Start) return mid;
                if (open < quote.Start) lo = mid + 1; else hi = mid - 1;
            }
            throw new ArgumentException("The token is none of this paragraph's quotations.", nameof(quote));
        }

        /// <summary>True when the paragraph offset stands inside a quotation (its marks included).</summary>
        public bool InQuotation(int offset) => QuotationAt(offset) != null;

        /// <summary>
        /// False when no token of the paragraph but its quotations has any of the groups (<see cref="Token.Has(WordGroup)"/>):
        /// a rule that looks for such a word passes over the paragraph without reading its tokens one by one.
        /// </summary>
        public bool MayHave(WordGroup groups)
        {
            SumWords();
            return (_groups & groups) != 0;
        }

        /// <summary>False when no token of the paragraph but its quotations has any of the tags (<see cref="Token.Has(WordTag)"/>).</summary>
        public bool MayHave(WordTag tags)
        {
            SumWords();
            return (_tags & tags) != 0;
        }

        /// <summary>False when no token of the paragraph but its quotations has any of the classes (<see cref="Token.Has(WordClass)"/>).</summary>
        public bool MayHave(WordClass classes)
        {
            SumWords();
            return (_classes & classes) != 0;
        }

        /// <summary>
        /// Joins the tags, classes and groups of the lexicon's words among the paragraph's tokens (once, on first use).
        /// A word or mark has them only through its lexicon entry (<see cref="Token.Known"/>); a quotation token, whose
        /// lexicon look-up is made by its text when asked, is left out, so the sums answer for words and marks alone.
        /// </summary>
        private void SumWords()
        {
            if (System.Threading.Volatile.Read(ref _summed)) return;
            WordTag tags = 0;
            WordClass classes = 0;
            WordGroup groups = 0;
            var tk = Tokens;
            var indexed = _indexScratch ??= new int[IndexScratchSize];
            int count = 0;
            for (int k = 0; k < tk.Count; k++)
            {
                if (tk[k].Known is not { } w) continue;
                tags |= w.Tags;
                classes |= w.Classes;
                groups |= w.Groups;
                if (((w.Groups & IndexedGroups) != 0 || (w.Classes & IndexedClasses) != 0) && tk[k].IsWord)
                {
                    if (count == indexed.Length) System.Array.Resize(ref indexed, indexed.Length * 2);
                    indexed[count++] = k;
                }
            }
            _tags = tags;
            _classes = classes;
            _groups = groups;
            var list = count == 0 ? System.Array.Empty<int>() : new int[count];
            System.Array.Copy(indexed, list, count);
            _indexed = list;
            if (indexed.Length <= IndexScratchSize * 16) _indexScratch = indexed;
            // (the sums written before the mark: another thread that sees the mark sees them)
            System.Threading.Volatile.Write(ref _summed, true);
        }

        private WordTag _tags;
        private WordClass _classes;
        private WordGroup _groups;
        private bool _summed;

        /// <summary>
        /// The groups whose words <see cref="SumWords"/> lists by token for <see cref="WordsWith(WordGroup)"/>: words a rule looks
        /// for at every token of a sentence ("as", "that", "with"), where it then reads the words around them (issue #10).
        /// </summary>
        internal const WordGroup IndexedGroups = WordGroup.AsLink | WordGroup.Complementizer | WordGroup.Accompaniment;

        /// <summary>The classes whose words <see cref="SumWords"/> lists by token for <see cref="WordsWith(WordClass)"/> ("whether", "asked").</summary>
        internal const WordClass IndexedClasses = WordClass.QuestionLead;

        /// <summary>The tokens (in order) that are words of the lexicon with one of <see cref="IndexedGroups"/> or <see cref="IndexedClasses"/>.</summary>
        private int[] _indexed = System.Array.Empty<int>();

        /// <summary>This thread's list of indexed tokens, filled while a paragraph's sums are made.</summary>
        [ThreadStatic] private static int[]? _indexScratch;

        private const int IndexScratchSize = 64;

        /// <summary>
        /// The words of the paragraph (<see cref="Token.IsWord"/>) in any of <paramref name="groups"/>, which are among
        /// <see cref="IndexedGroups"/>, in order, each with the bounds of its sentence: what a loop over every token of every
        /// sentence that asks <see cref="Token.Has(WordGroup)"/> first finds, read from a list made once with the paragraph's
        /// sums, not by a walk over every token (issue #10). A token outside every sentence is none.
        /// </summary>
        public IndexedWords WordsWith(WordGroup groups)
        {
            if ((groups & ~IndexedGroups) != 0) throw new ArgumentException("Not an indexed group.", nameof(groups));
            SumWords();
            return new IndexedWords(this, _indexed, groups, 0);
        }

        /// <summary>The words of the paragraph in any of <paramref name="classes"/>, which are among <see cref="IndexedClasses"/> (<see cref="WordsWith(WordGroup)"/>).</summary>
        public IndexedWords WordsWith(WordClass classes)
        {
            if ((classes & ~IndexedClasses) != 0) throw new ArgumentException("Not an indexed class.", nameof(classes));
            SumWords();
            return new IndexedWords(this, _indexed, 0, classes);
        }

        /// <summary>The tokens of the words inside quotation <paramref name="quote"/> (an index into <see cref="Quotations"/>), made on first use.</summary>
        public IReadOnlyList<Token> InnerTokens(int quote)
        {
            var cache = _inner ??= new TokenList?[Quotations.Count];
            var s = Quotations[quote];
            return cache[quote] ??= Tokenizer.Tokenize(Text, s.TextStart, s.TextEnd, Array.Empty<QuotationSpan>());
        }

        /// <summary>The 1-based file line of a paragraph-relative offset (a binary search over the paragraph's line breaks).</summary>
        public int LineOf(int offset)
        {
            int lo = 0, hi = _lineBreaks.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (_lineBreaks[mid] < offset) lo = mid + 1; else hi = mid;
            }
            return Paragraph.Line + lo;
        }

        /// <summary>The offsets of the paragraph's line breaks (a CR LF pair counts once, at its LF).</summary>
        private readonly int[] _lineBreaks;

        private static int[] LineBreaks(string t)
        {
            // a paragraph is one line but for a few: the list is made at the first break
            List<int>? breaks = null;
            for (int i = t.IndexOfAny(BreakCharacters); i >= 0; i = i + 1 < t.Length ? t.IndexOfAny(BreakCharacters, i + 1) : -1)
            {
                if (t[i] == '\n') (breaks ??= new List<int>()).Add(i);
                else if (t[i] == '\r' && (i + 1 >= t.Length || t[i + 1] != '\n')) (breaks ??= new List<int>()).Add(i);
            }
            return breaks == null ? Array.Empty<int>() : breaks.ToArray();
        }

        private static readonly char[] BreakCharacters = { '\n', '\r' };

        public override string ToString() => Section + " " + Paragraph.Number + ": " + (Text.Length > 60 ? Text.Substring(0, 60) + "…" : Text);

        /// <summary>
        /// A quotation left open and followed by its own attribution ("“A, the official said. “B …”"):
        /// the quoted words end at the comma before the attribution. The attribution is a short clause
        /// after the last comma that ends the span: a reporting verb that may follow a quotation, with its
        /// subject before it ("the official said") or after it ("said the official").
        /// </summary>
        internal static void CloseBeforeOwnAttribution(string text, IReadOnlyList<QuotationSpan> spans)
        {
            // (by index: a foreach over the list's interface made an enumerator object at every paragraph)
            for (int i = 0; i < spans.Count; i++)
            {
                var s = spans[i];
                if (s.Closed) continue;
                // the span's words are read here and let go: tokenized into the thread's scratch list, not an array of their own
                var tk = Tokenizer.Borrow(text, s.TextStart, s.TextEnd, Array.Empty<QuotationSpan>());
                try
                {
                    int last = tk.Count;
                    if (last > 0 && (tk[last - 1].Is(".") || tk[last - 1].Is(","))) last--;
                    for (int k = last - 2; k > 0 && last - k <= 12; k--)
                    {
                        if (!tk[k].Is(",")) continue;
                        if (IsTrailingAttribution(tk, k + 1, last))
                        {
                            s.TextEnd = tk[k].End;
                            break;
                        }
                    }
                }
                finally
                {
                    Tokenizer.Return(tk);
                }
            }
        }

        /// <summary>Tokens [a, b) are a clause of attribution: words only, no relative or subordinate clause, a reporting verb among them, at most one word after it.</summary>
        private static bool IsTrailingAttribution(IReadOnlyList<Token> tk, int a, int b)
        {
            if (b - a < 2 || b - a > 9) return false;
            for (int x = a; x < b; x++)
                if (!tk[x].IsWord) return false;
            for (int v = a; v < b && v - a <= 6; v++)
            {
                var verb = tk[v].IsLowerWord ? tk[v].CueVerb : null;
                if (tk[v].Has(WordTag.ClauseBreak | WordTag.Relative)) return false; // "the playwright who wrote"
                if (verb == null || verb.Use == CueUse.Before || verb.IsParticiple) continue;
                if (b - v - 1 > (v == a ? 6 : 1)) return false;
                if (v == a) return verb.Has(VerbTag.Inverting) && (tk[v + 1].IsCapitalized || tk[v + 1].Has(WordTag.Determiner));
                var first = tk[a];
                return first.IsCapitalized || first.Has(WordTag.Determiner | WordTag.Pronoun);
            }
            return false;
        }
    }

    /// <summary>
    /// The words of a paragraph of some indexed groups or classes (<see cref="AnalysedParagraph.WordsWith(WordGroup)"/>), in order,
    /// each with its sentence's bounds: a struct that is its own enumerator, so a <c>foreach</c> over it allocates nothing.
    /// </summary>
    internal struct IndexedWords
    {
        private readonly AnalysedParagraph _paragraph;
        private readonly int[] _indexed;
        private readonly WordGroup _groups;
        private readonly WordClass _classes;
        private int _i;
        private int _sentence;

        public IndexedWords(AnalysedParagraph paragraph, int[] indexed, WordGroup groups, WordClass classes)
        {
            _paragraph = paragraph;
            _indexed = indexed;
            _groups = groups;
            _classes = classes;
            _i = -1;
            _sentence = 0;
            Current = default;
        }

        public IndexedWords GetEnumerator() => this;

        /// <summary>The word's token, and the start and end [S0, S1) of its sentence.</summary>
        public (int Token, int S0, int S1) Current { get; private set; }

        public bool MoveNext()
        {
            var tk = _paragraph.Tokens;
            var sentences = _paragraph.Sentences;
            while (++_i < _indexed.Length)
            {
                int k = _indexed[_i];
                var w = tk[k].Known!;
                if ((w.Groups & _groups) == 0 && (w.Classes & _classes) == 0) continue;
                while (_sentence < sentences.Count && sentences[_sentence].End <= k) _sentence++;
                if (_sentence >= sentences.Count) return false;
                var (s0, s1) = sentences[_sentence];
                if (k < s0) continue;
                Current = (k, s0, s1);
                return true;
            }
            return false;
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

        /// <summary>File offset of the first quoted character (marks excluded).</summary>
        public int Start => Paragraph.Start + Span.TextStart;

        /// <summary>File offset just past the last quoted character.</summary>
        public int End => Paragraph.Start + Span.TextEnd;

        /// <summary>The quoted words (marks excluded), as written: the quote token's text (the same characters, cut once when the paragraph was tokenized, not again at every call).</summary>
        public string Text => Paragraph.Tokens[Token].Text;

        public override string ToString() => "“" + Text + "”";
    }
}
