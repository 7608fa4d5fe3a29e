using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// What the text says about one quotation before any rule reads it: its kind (a whole statement or a
    /// fragment), whether the words before it make it a name or a title, where it stands in its sentence.
    /// </summary>
    internal sealed class QuotationFacts
    {
        public QuotationFacts(QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            int k = q.Token;
            var (s, e) = ap.Sentences[q.Sentence];
            var text = tk[k].Text;
            // ("Midsummer praises the evenings. (“Bread is for sharing.”)": a quotation that opens a sentence in brackets after
            // another sentence is the writer's aside, no sentence of anyone's words)
            AtSentenceStart = k == s || k == s + 1 && tk[s].Kind == TokenKind.Punct && !(q.Sentence > 0 && tk[s].Is("("));
            RunsOn = !q.Span.Closed && q.Span.TextEnd >= ap.Text.TrimEnd().Length;
            bool alone = true;
            for (int x = s; x < e && alone; x++) alone = tk[x].IsQuote || tk[x].Kind == TokenKind.Punct;
            StandsAlone = alone;
            Named = IsNamed(tk, k, s) && !SurnameBefore(tk, k, s, text) || ap.Section != ParagraphSection.Title && TitleInPhrase(tk, k, s, text);
            TitleLike = ap.Section != ParagraphSection.Title && IsTitleLike(text);
            Kind = KindOf(tk, k, s, text, TitleLike);
        }

        /// <summary>Direct (a whole statement) or Partial (a fragment in the writer's sentence); a continuation may make it Direct.</summary>
        public QuoteKind Kind { get; set; }

        /// <summary>The quotation opens its sentence (not a sentence in brackets after another: the writer's aside).</summary>
        public bool AtSentenceStart { get; }

        /// <summary>An unclosed quotation that runs to the end of its paragraph (its words go on in the next).</summary>
        public bool RunsOn { get; }

        /// <summary>The quotation's sentence holds nothing but quotations and punctuation.</summary>
        public bool StandsAlone { get; }

        /// <summary>The word before makes the quotation a name or a term ("a film called “…”", "the word “…”").</summary>
        public bool Named { get; }

        /// <summary>The quotation reads like a title (“Tidewater Nights”): capitalised words, no sentence.</summary>
        public bool TitleLike { get; }

        /// <summary>True when the words just before the quote make it a name or a term.</summary>
        public static bool IsNamed(IReadOnlyList<Token> tk, int q, int sentenceStart)
        {
            int p = q - 1;
            if (p < sentenceStart || !tk[p].IsWord) return false;
            if (tk[p].Has(WordTag.Naming | WordTag.Work)) return true;
            // "known as" / "referred to as"; a bare "as" only after those
            return tk[p].Has(WordGroup.AsLink) && p - 1 >= sentenceStart && tk[p - 1].IsWord && tk[p - 1].Has(WordTag.AsNaming);
        }

        /// <summary>
        /// "the comment by Dr. Paul Song “was inappropriate”": a capitalised word of a work ("Song", "Film") after another
        /// capitalised word is a surname, and a quotation that opens in lower case after it is no title.
        /// </summary>
        private static bool SurnameBefore(IReadOnlyList<Token> tk, int q, int sentenceStart, string text)
        {
            int p = q - 1;
            return p - 1 >= sentenceStart && tk[p].IsCapitalized && tk[p - 1].IsCapitalized && tk[p].Has(WordTag.Work) &&
                   text.Length > 0 && char.IsLower(text.TrimStart()[0]);
        }

        /// <summary>
        /// "In an interview on CBS's “Face the Nation,” Ryan said", "a broadcast of “Fox News Sunday,”": capitalised words
        /// right after a preposition or an owner, with the writer's comma inside the marks, are the name of a show, a paper
        /// or a work; no one's words. After an organisation's possessive ("ABC’s “Good Morning America” that …") they are, comma or not.
        /// </summary>
        private static bool TitleInPhrase(IReadOnlyList<Token> tk, int q, int sentenceStart, string text)
        {
            int p = q - 1;
            if (p < sentenceStart || !tk[p].IsWord) return false;
            bool owner = tk[p].EndsInApostropheS;
            bool preposition = tk[p].IsLowerWord && tk[p].Has(WordTag.Preposition) && !tk[p].Has(WordTag.Opener | WordTag.Relative | WordTag.ClauseStart);
            if (!owner && !preposition) return false;
            // (without the comma the quotation is title-like already, and the rules weigh it as such: "proclaimed a goal of “Peace Through Strength.”")
            var t = text.TrimEnd();
            if (t.EndsWith(",", StringComparison.Ordinal)) return IsTitleLike(t.Substring(0, t.Length - 1));
            // "told ABC’s “Good Morning America” that …", "on MSNBC’s “Morning Joe.”": what an organisation named by its acronym or
            // its known name owns, in capitalised words, is its show or paper, with or without the comma (a person's "Lund’s “Peace
            // Through Strength”" may be a slogan of that person's)
            return owner && OrganisationName(Possessive.Strip(tk[p].Text)) && IsTitleLike(t);
        }

        /// <summary>An organisation by its name alone: an acronym ("ABC", "MSNBC") or a name the lexicon knows ("Reuters").</summary>
        private static bool OrganisationName(string name) => MentionParser.IsAcronym(name) || Lexicon.IsKnownOrganisation(name);

        /// <summary>The marks trimmed from a word of a quotation read as a title (made once, not at every word).</summary>
        private static readonly char[] TitleWordMarks = { '(', ')', ':', '.', ',', '!', '?', '\'', '’', '‘' };

        /// <summary>The quoted words read like a title, with or without the writer's comma inside the closing marks (“Scandal,”).</summary>
        public static bool IsTitleLikeQuote(string text)
        {
            var t = text.TrimEnd();
            if (t.EndsWith(",", StringComparison.Ordinal)) t = t.Substring(0, t.Length - 1);
            return IsTitleLike(t);
        }

        /// <summary>The most words of a quotation that reads like a title (“Tidewater Nights”); most quotations are longer.</summary>
        private const int TitleWords = 10;

        /// <summary>Capitalised words (small words of a title allowed), no sentence inside, at most ten words.</summary>
        public static bool IsTitleLike(string text)
        {
            var t = text.Trim();
            if (t.Length == 0) return false;
            if (t.EndsWith(",", StringComparison.Ordinal)) return false;
            // more than ten words (most quotations) is no title: counted before the words are cut out
            int count = WordsUpTo(t, TitleWords + 1);
            if (count > TitleWords) return false;
            char lastChar = t[t.Length - 1];
            bool final = lastChar == '.' || lastChar == '?' || lastChar == '!';
            if (count == 1 && final) return false;
            // a sentence inside: no title (told before the words are cut out)
            for (int i = 0; i < t.Length - 1; i++)
                if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && t[i + 1] == ' ') return false;
            var words = t.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int capitals = 0;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i].Trim(TitleWordMarks);
                if (w.Length == 0) continue;
                if (char.IsUpper(w[0]) || char.IsDigit(w[0])) { capitals++; continue; }
                if ((i > 0 || words.Length > 1) && Lexicon.Is(w, WordTag.TitleMinor)) continue;
                return false;
            }
            return capitals > 0;
        }

        /// <summary>
        /// The words of a text as <c>Split(' ', RemoveEmptyEntries)</c> counts them (runs of characters other than a
        /// blank), counted up to <paramref name="cap"/>: the caller only asks whether there are fewer.
        /// </summary>
        internal static int WordsUpTo(string text, int cap)
        {
            int count = 0;
            for (int i = 0; i < text.Length && count < cap; i++)
                if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) count++;
            return count;
        }

        /// <summary>
        /// The quoted words open with an ellipsis (“… they still go on”, “... and then”): the speaker's words cut at the start, a
        /// statement the writer took up after its first words.
        /// </summary>
        public static bool OpensWithEllipsis(string text)
        {
            var t = text.TrimStart();
            return t.Length > 0 && t[0] == '…' || t.StartsWith("...", StringComparison.Ordinal);
        }

        /// <summary>The first letter (or digit) of the text is a capital (or digit).</summary>
        public static bool StartsUpper(string text)
        {
            foreach (char c in text)
            {
                if (char.IsLetter(c)) return char.IsUpper(c);
                if (char.IsDigit(c)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when quoted words end in a mark that leaves the sentence open for its cue: "“…,” he said", "?", "!", a dash or
        /// a hyphen, an ellipsis, a colon; read past a closing single mark or bracket of a quotation or aside nested at the end
        /// ("“… ‘a bully,’” she said").
        /// </summary>
        public static bool EndsOpen(string quoted)
        {
            var t = quoted.TrimEnd();
            if (t.Length == 0) return false;
            char c = t[t.Length - 1];
            if (c == '’' || c == '\'' || c == ')') c = t.Length > 1 ? t[t.Length - 2] : c;
            return c == ',' || c == '?' || c == '!' || c == '—' || c == '–' || c == '-' || c == '…' || c == ':';
        }

        /// <summary>
        /// The quoted words end with a comma (the writer's comma inside the marks: “a bully,”), also inside the closing marks
        /// of a quotation nested at the end (“he called it ‘a bully,’”).
        /// </summary>
        public static bool EndsWithComma(string text)
        {
            // read from the end, as TrimEnd() then TrimEnd(the closing marks) then EndsWith(",") would, without the strings they make
            int e = text.Length;
            while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
            while (e > 0 && Array.IndexOf(ClosingMarks, text[e - 1]) >= 0) e--;
            return e > 0 && text[e - 1] == ',';
        }

        /// <summary>The closing quotation marks <see cref="EndsWithComma"/> reads past.</summary>
        private static readonly char[] ClosingMarks = { '”', '"', '’', '\'' };

        /// <summary>The quoted words end a statement, or a statement the writer's comma closes (“We will,”).</summary>
        private static bool EndsStatement(string text) => Tokenizer.EndsStatement(text) || Tokenizer.FinalMark(text) == ',';

        /// <summary>
        /// Direct when the quotation is a capitalised statement (three words or more, or a closed sentence) that
        /// opens its sentence or follows a colon, comma, dash, "that" or a reporting verb; Partial otherwise.
        /// </summary>
        private static QuoteKind KindOf(IReadOnlyList<Token> tk, int k, int s, string text, bool titleLike)
        {
            if (titleLike || !StartsUpper(text)) return QuoteKind.Partial;
            int words = WordsUpTo(text, 3);
            if (words < 3 && !EndsStatement(text)) return QuoteKind.Partial;
            if (k == s) return QuoteKind.Direct;
            var prev = tk[k - 1];
            if (prev.Is(":") || prev.Is(",") || prev.Is("—") || prev.Is("--") || prev.IsQuote) return QuoteKind.Direct;
            if (prev.IsWord && (prev.Has(WordGroup.Complementizer) || prev.CueVerb != null)) return QuoteKind.Direct;
            if (k == s + 1 && prev.Kind == TokenKind.Punct) return QuoteKind.Direct;
            return QuoteKind.Partial;
        }
    }
}
