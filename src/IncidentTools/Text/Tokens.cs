using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools.Text
{
    internal enum TokenKind { Word, Punct, Quote }

    /// <summary>A word, a punctuation mark, or a whole quoted span (marks included), with its offsets in the paragraph.</summary>
    /// <remarks>
    /// 24 bytes: the text, its lower case, the start, and the end with the kind in its two top bits (a string
    /// is shorter than 2^30 characters, so an offset never reaches them). A quoted span's index among its
    /// paragraph's quotations is not kept: <see cref="AnalysedParagraph.QuotationIndexOf"/> finds it by the
    /// span's opening offset. Token arrays are most of what the analysis allocates; at 32 bytes a token they
    /// took a third more.
    /// </remarks>
    internal readonly struct Token
    {
        private const int KindShift = 30;
        private const int EndMask = (1 << KindShift) - 1;

        public Token(TokenKind kind, int start, int end, string text)
        {
            Start = start;
            _endAndKind = end | (int)kind << KindShift;
            Text = text;
            // a quoted span is rarely read in lower case: it is lowered when asked
            _lower = kind == TokenKind.Quote ? null : Lexicon.KnownWords.LowerOf(text, false, null);
        }

        /// <summary>A token whose lower case (<see cref="WordTable.LowerOf"/>) the tokenizer has worked out already.</summary>
        private Token(TokenKind kind, int start, int end, string text, object lower)
        {
            Start = start;
            _endAndKind = end | (int)kind << KindShift;
            Text = text;
            _lower = lower;
        }

        /// <summary>A word whose text and lower case (<see cref="WordTable.LowerOf"/> of the text) the tokenizer has already (<see cref="DocumentWords"/>).</summary>
        internal static Token Word(int start, int end, string text, object lower) => new Token(TokenKind.Word, start, end, text, lower);

        /// <summary>A punctuation mark of one character, its string and lower case made once (<see cref="Tokenizer"/>'s shared marks).</summary>
        internal static Token Mark(int start, string text, object lower) => new Token(TokenKind.Punct, start, start + 1, text, lower);

        /// <summary>A word whose text the tokenizer has looked up in the lexicon's table as written already (<paramref name="asWritten"/>, null for none).</summary>
        internal Token(int start, int end, string text, KnownWord? asWritten, WordTable known)
        {
            Start = start;
            _endAndKind = end | (int)TokenKind.Word << KindShift;
            Text = text;
            _lower = known.LowerOf(text, true, asWritten);
        }

        private readonly int _endAndKind;

        public TokenKind Kind => (TokenKind)((uint)_endAndKind >> KindShift);
        public int Start { get; }
        public int End => _endAndKind & EndMask;
        public string Text { get; }

        /// <summary>
        /// The lower case: a <see cref="KnownWord"/> when it is a word of the lexicon's tables (then the token's
        /// questions to words.txt and reporting-verbs.txt are bit tests, <see cref="Has(WordTag)"/>), else the
        /// lower-case string; null for a quoted span (lowered when asked). Still one reference: 24 bytes a token.
        /// </summary>
        private readonly object? _lower;

        public string Lower => _lower is string s ? s : _lower is KnownWord k ? k.Word : Casing.Lower(Text);

        /// <summary>The lexicon's entry of the lower case, or null when it is no word of the lexicon's tables (a quoted span: null).</summary>
        public KnownWord? Known => _lower as KnownWord;

        /// <summary><see cref="Lexicon.Is(string, WordTag)"/> of <see cref="Lower"/>, without a look-up.</summary>
        public bool Has(WordTag tags) => _lower is KnownWord k ? (k.Tags & tags) != 0 : _lower == null && Lexicon.Is(Lower, tags);

        /// <summary><see cref="Lexicon.Is(string, WordClass)"/> of <see cref="Lower"/>, without a look-up.</summary>
        public bool Has(WordClass classes) => _lower is KnownWord k ? (k.Classes & classes) != 0 : _lower == null && Lexicon.Is(Lower, classes);

        /// <summary><see cref="Lexicon.Is(string, WordGroup)"/> of <see cref="Lower"/>, without a look-up.</summary>
        public bool Has(WordGroup groups) => _lower is KnownWord k ? (k.Groups & groups) != 0 : _lower == null && Lexicon.Is(Lower, groups);

        /// <summary><see cref="Lexicon.Verb"/> of <see cref="Lower"/> (a reporting verb that cues quotes), without a look-up.</summary>
        public ReportingVerb? CueVerb => _lower is KnownWord k ? (k.Verb is { CuesQuotes: true } v ? v : null) : _lower == null ? Lexicon.Verb(Lower) : null;

        /// <summary>
        /// <see cref="Lexicon.IsSpeakerNoun(string, out string, out bool)"/> of <see cref="Lower"/>, without a look-up; but a noun of an
        /// office over a house (<see cref="SpeakerNounTag.BodyOffice"/>: "speaker") is none here, where the mention grammar finds it written
        /// as the office.
        /// </summary>
        public bool IsSpeakerNoun(out string singular, out bool plural)
        {
            if (_lower == null) return Lexicon.IsSpeakerNoun(Lower, out singular, out plural);
            if (_lower is KnownWord { SpeakerNoun: { } n })
            {
                singular = n.Singular;
                plural = n.Plural;
                return true;
            }
            singular = Lower;
            plural = false;
            return false;
        }

        /// <summary><see cref="Lexicon.IsSpeakerNoun(string, SpeakerNounTag)"/> of <see cref="Lower"/>, without a look-up.</summary>
        public bool IsSpeakerNoun(SpeakerNounTag tags) =>
            _lower is KnownWord k ? k.SpeakerNoun is { } n && (n.Tags & tags) != 0 : _lower == null && Lexicon.IsSpeakerNoun(Lower, tags);

        /// <summary><see cref="Lexicon.IsOrganisationWord(string)"/> of <see cref="Lower"/>, without a look-up.</summary>
        public bool IsOrganisationWord => _lower is KnownWord k ? k.OrganisationWord is { } o && !o.Document : _lower == null && Lexicon.IsOrganisationWord(Lower);

        /// <summary><see cref="Lexicon.IsDocumentWord"/> of <see cref="Lower"/>, without a look-up.</summary>
        public bool IsDocumentWord => _lower is KnownWord k ? k.OrganisationWord is { } o && o.Document : _lower == null && Lexicon.IsDocumentWord(Lower);

        /// <summary>True when <see cref="Lower"/> is a form of reporting-verbs.txt (<see cref="Lexicon.AnyVerb"/> is not null).</summary>
        public bool IsVerbForm => _lower is KnownWord k ? k.Verb != null : _lower == null && Lexicon.AnyVerb(Lower) != null;

        public bool IsWord => Kind == TokenKind.Word;

        /// <summary>A word of digits alone ("2015", "44", "10").</summary>
        public bool IsDigits
        {
            get
            {
                if (Kind != TokenKind.Word || Text.Length == 0) return false;
                foreach (char ch in Text) if (!char.IsDigit(ch)) return false;
                return true;
            }
        }

        /// <summary>The most digits of the hours or the minutes of a clock time ("09:20", "9:05").</summary>
        public const int ClockDigits = 2;

        /// <summary>The hours or minutes of a clock time: one or two digits ("9", "05").</summary>
        public bool IsClockDigits => IsDigits && Text.Length <= ClockDigits;
        public bool IsQuote => Kind == TokenKind.Quote;
        public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

        /// <summary>The text ends in a possessive "'s" or "’s" ("Trump’s", "the mayor's"; also "it's" and "he's", which the caller tells apart).</summary>
        public bool EndsInApostropheS => Possessive.EndsIn(Text);

        /// <summary>A dash or a hyphen standing alone as punctuation: ―, —, –, -- or -.</summary>
        public bool IsDash => Kind == TokenKind.Punct && (Text == "―" || Text == "—" || Text == "–" || Text == "--" || Text == "-");
        public bool IsCapitalized => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);
        public bool IsLowerWord => Kind == TokenKind.Word && Text.Length > 0 && char.IsLower(Text[0]);

        /// <summary>A mark of one apostrophe, straight or curly ("'", "’"), standing alone: it may close a quotation or a bracket's aside.</summary>
        public bool IsApostropheMark => Kind == TokenKind.Punct && Text.Length == 1 && (Text[0] == '\'' || Text[0] == '’');

        /// <summary>The pronoun "I" as written, with its capital: a first-person subject that is not "we" (a lower-case "i" is not trusted).</summary>
        public bool IsPronounI => IsCapitalized && Has(WordTag.FirstPerson) && !Has(WordClass.FirstPersonPlural);

        public override string ToString() => Text;
    }

    /// <summary>
    /// Splits a paragraph into tokens (quoted spans stay whole) and the tokens into the
    /// writer's sentences. Abbreviations, initials and dotted forms (U.S.) keep their full stop.
    /// </summary>
    internal static class Tokenizer
    {
        public static TokenList Tokenize(string t, IReadOnlyList<QuotationSpan> spans) => Tokenize(t, 0, t.Length, spans);

        public static TokenList Tokenize(string t, int from, int to, IReadOnlyList<QuotationSpan> spans)
        {
            // The tokens are gathered in this thread's scratch list and copied into an array of their exact
            // number: a list sized by a guess from the length (a quotation is one token, however long) or
            // grown by doubling left about a third of its room unused, in the arrays that make up most of
            // what the analysis allocates. The scratch is taken off the thread while in use.
            var tokens = _scratch ?? new List<Token>(256);
            _scratch = null;
            try
            {
                Fill(tokens, t, from, to, spans);
                return new TokenList(tokens.ToArray());
            }
            finally
            {
                tokens.Clear();
                if (tokens.Capacity <= MaxScratch) _scratch = tokens;
            }
        }

        [ThreadStatic] private static List<Token>? _scratch;

        /// <summary>
        /// The tokens of t[from..to) (as <see cref="Tokenize(string, int, int, IReadOnlyList{QuotationSpan})"/> makes them) in this
        /// thread's scratch list, for a caller that only reads them and then hands the list back (<see cref="Return"/>): no array
        /// of their exact number is made and dropped. The list is the caller's until then (a call inside gets a list of its own).
        /// </summary>
        internal static List<Token> Borrow(string t, int from, int to, IReadOnlyList<QuotationSpan> spans)
        {
            var tokens = _scratch ?? new List<Token>(256);
            _scratch = null;
            Fill(tokens, t, from, to, spans);
            return tokens;
        }

        /// <summary>Hands back a list of <see cref="Borrow"/>: emptied and kept for the thread's next use.</summary>
        internal static void Return(List<Token> tokens)
        {
            tokens.Clear();
            if (tokens.Capacity <= MaxScratch) _scratch = tokens;
        }

        /// <summary>The largest scratch list a thread keeps (a longer paragraph gets a list of its own).</summary>
        private const int MaxScratch = 4096;

        private static void Fill(List<Token> tokens, string t, int from, int to, IReadOnlyList<QuotationSpan> spans)
        {
            var known = Lexicon.KnownWords;
            // the spans do not change while the paragraph is tokenized: the next one's offsets are read once, not through
            // the list's interface at every character
            int q = 0, count = spans.Count;
            int open = count > 0 ? spans[0].Open : int.MaxValue, close = count > 0 ? spans[0].End : int.MaxValue;
            int i = from;
            while (i < to)
            {
                while (q < count && close <= i)
                {
                    q++;
                    if (q < count) { open = spans[q].Open; close = spans[q].End; }
                }
                if (q < count && open == i)
                {
                    var s = spans[q];
                    tokens.Add(new Token(TokenKind.Quote, s.Open, s.End, t.Substring(s.TextStart, s.TextEnd - s.TextStart)));
                    i = s.End;
                    continue;
                }
                int limit = q < count && open < to ? open : to;
                char c = t[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (char.IsLetterOrDigit(c) || c == '$' || c == '#' || c == '@' || c == '£' || c == '€')
                {
                    int j = i + 1;
                    // a word of ASCII characters without a capital is its own lower case (WordTable.LowerOf), told as it is read
                    bool plain = c < 0x80 && !(c >= 'A' && c <= 'Z');
                    // the word's hash for the look-ups below, worked out character by character as the word is read
                    uint hash = Fnv1a.Add(Fnv1a.Basis, c);
                    while (j < limit)
                    {
                        char d = t[j];
                        if (char.IsLetterOrDigit(d)) { plain &= d < 0x80 && !(d >= 'A' && d <= 'Z'); hash = Fnv1a.Add(hash, d); j++; continue; }
                        // an accent as a mark of its own ("Pen\u0303a"), a letter misread from UTF-8 ("PeÃ±a"): still the word
                        if (WordInterior.Continues(t, j)) { plain = false; hash = Fnv1a.Add(hash, d); j++; continue; }
                        if ((d == '.' || d == '\'' || d == '’' || d == '-' || d == '&' || d == ',' && char.IsDigit(t[j - 1])) &&
                            j + 1 < limit && char.IsLetterOrDigit(t[j + 1]))
                        {
                            if (d == ',' && !char.IsDigit(t[j + 1])) break;
                            plain &= d < 0x80;
                            hash = Fnv1a.Add(hash, d);
                            j++;
                            continue;
                        }
                        break;
                    }
                    // A trailing full stop belongs to abbreviations, initials and dotted forms.
                    if (j < limit && t[j] == '.')
                    {
                        // read in place: the word t[i..j) and, with the full stop at j, its abbreviation t[i..j] (no string cut out)
                        int length = j - i;
                        bool single = length == 1 && char.IsUpper(t[i]);
                        // a number written with a point ("5.30", "3.5") keeps none: "… closed at 5.30. Then …" ends its sentence
                        // nor a web address ("… said Jo Bell of Acme.com. “…”": its name is no abbreviation)
                        bool dotted = t.IndexOf('.', i, length) >= 0 && length <= 8 && !IsDecimal(t, i, j) && !IsWebAddress(t, i, j);
                        int hyphen = t.LastIndexOf('-', j - 1, length) - i;
                        // "R-Ky.", "D-Calif.": a party and a state's abbreviation
                        bool hyphenated = hyphen > 0 && hyphen < length - 1 && Lexicon.IsAbbreviation(t, i + hyphen + 1, length - hyphen);
                        // ("No. 10", but "No. The army …": an abbreviation of a number only before one)
                        if (single || dotted || hyphenated ||
                            Lexicon.IsAbbreviation(t, i, length + 1) && (!Lexicon.IsNumeralAbbreviation(t, i, length + 1) || DigitAfter(t, j + 1, limit)))
                            hash = Fnv1a.Add(hash, t[j++]);
                    }
                    // a word of the lexicon (half the words of news text) is the lexicon's string, not a new one; another word
                    // met before in the document being analysed (a name, a number) is the string and lower case made then
                    System.Diagnostics.Debug.Assert(hash == Fnv1a.Of(t, i, j - i), "the hash read with the word is the word's");
                    var found = known.FindHashed(t, i, j - i, hash);
                    if (found != null) tokens.Add(plain ? Token.Word(i, j, found.Word, found) : new Token(i, j, found.Word, found, known));
                    else if (DocumentWords.Current is { } words) tokens.Add(words.TokenOf(t, i, j, hash, known));
                    else tokens.Add(new Token(i, j, t.Substring(i, j - i), null, known));
                    i = j;
                    continue;
                }
                // Punctuation: runs of dashes and dots stay together ("--", "...").
                int k = i + 1;
                if (c == '-' || c == '.')
                    while (k < limit && t[k] == c) k++;
                if (k == i + 1 && c < OneCharacters.Length) tokens.Add(Token.Mark(i, OneCharacter(c), OneCharacterLower(c)));
                else tokens.Add(new Token(TokenKind.Punct, i, k, k == i + 1 ? OneCharacter(c) : t.Substring(i, k - i)));
                i = k;
            }
        }

        /// <summary>The strings of one character below U+2100 (punctuation marks, mostly), made once each and shared.</summary>
        private static readonly string?[] OneCharacters = new string?[0x2100];

        /// <summary>The lower case of the shared one-character strings (<see cref="WordTable.LowerOf"/>), worked out once each: a mark is not looked up in the lexicon's table at every token.</summary>
        private static readonly object?[] OneCharacterLowers = new object?[0x2100];

        private static object OneCharacterLower(char c) => OneCharacterLowers[c] ??= Lexicon.KnownWords.LowerOf(OneCharacter(c), false, null);

        /// <summary>A one-character token's text: the shared string for the common marks (",", ".", "’"), else a new one.</summary>
        private static string OneCharacter(char c)
        {
            if (c >= OneCharacters.Length) return c.ToString();
            return OneCharacters[c] ??= c.ToString();
        }

        /// <summary>
        /// The last mark of quoted words, read past trailing white space, the closing marks of a quotation nested at the
        /// end and a closing bracket ("… was done.’)" gives '.'); '\0' for no character.
        /// </summary>
        internal static char FinalMark(string s)
        {
            int e = s.Length - 1;
            while (e >= 0 && (char.IsWhiteSpace(s[e]) || s[e] == '’' || s[e] == '\'' || s[e] == ')')) e--;
            return e >= 0 ? s[e] : '\0';
        }

        /// <summary>The quoted words end a statement: a full stop, a question or exclamation mark or an ellipsis (<see cref="FinalMark"/>).</summary>
        internal static bool EndsStatement(string s) => FinalMark(s) is '.' or '?' or '!' or '…';

        private static bool StartsUpper(string s)
        {
            foreach (char c in s)
                if (char.IsLetter(c)) return char.IsUpper(c);
            return false;
        }

        private static bool EndsQuestionOrExclamation(string s) => FinalMark(s) is '?' or '!';

        /// <summary>True when the first character after the blanks from text[k] on (before limit) is a digit.</summary>
        private static bool DigitAfter(string text, int k, int limit)
        {
            while (k < limit && (text[k] == ' ' || text[k] == '\u00A0')) k++;
            return k < limit && char.IsDigit(text[k]);
        }

        /// <summary>True when text[start..end) is digits and points only, no letter ("5.30", "3.5", "1.2.3").</summary>
        private static bool IsDecimal(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
                if (!char.IsDigit(text[k]) && text[k] != '.') return false;
            return true;
        }

        /// <summary>
        /// True when text[start..end) is a web address written as a name ("Acme.com", "Vox.org"): a name of two characters or
        /// more, a dot and a domain of two or more small letters; not a dotted abbreviation ("a.m", "Ph.D", "e.g").
        /// </summary>
        private static bool IsWebAddress(string text, int start, int end)
        {
            int dot = text.LastIndexOf('.', end - 1, end - start);
            if (dot - start < 2 || end - dot - 1 < 2) return false;
            for (int k = dot + 1; k < end; k++)
                if (!char.IsLower(text[k])) return false;
            return true;
        }

        private static bool EndsSentenceWhenFinal(string word) =>
            Lexicon.IsFinalAbbreviation(word) || word.IndexOf('.') < word.Length - 1 && word.Length <= 8 && char.IsUpper(word[0]) && word.Replace(".", "").All(char.IsUpper);

        /// <summary>One to five capitalised words, then a reporting verb in lower case ("Jo Bell asked").</summary>
        private static bool NameThenCue(IReadOnlyList<Token> tokens, int n)
        {
            int k = n;
            while (k < tokens.Count && k - n < 5 && tokens[k].IsCapitalized) k++;
            if (k == n || k >= tokens.Count || !tokens[k].IsLowerWord) return false;
            var v = tokens[k].CueVerb;
            return v != null && v.Use != CueUse.Before && !v.IsParticiple;
        }

        /// <summary>
        /// Sentence ranges [start, end) of token indices: the writer's sentences, quotations kept inside. The first
        /// <paramref name="heading"/> tokens, when any, are a heading of their own (an interview's "Q." label).
        /// </summary>
        public static (int Start, int End)[] Sentences(IReadOnlyList<Token> tokens, int heading = 0)
        {
            // gathered in this thread's scratch list, returned as an array of their exact number (a paragraph keeps it)
            var result = _sentenceScratch ?? new List<(int, int)>();
            _sentenceScratch = null;
            try
            {
                FillSentences(result, tokens, heading);
                return result.ToArray();
            }
            finally
            {
                result.Clear();
                if (result.Capacity <= MaxScratch) _sentenceScratch = result;
            }
        }

        [ThreadStatic] private static List<(int, int)>? _sentenceScratch;

        /// <summary>The tokens of a clock time: hours, the colon, minutes ("09", ":", "20").</summary>
        public const int ClockTimeTokens = 3;

        /// <summary>True when a clock time ("09:20", "9:05": hours, a colon, two digits of minutes) starts at token s (the caller bounds s + 2).</summary>
        public static bool IsClockTimeAt(IReadOnlyList<Token> tokens, int s) =>
            tokens[s].IsClockDigits && tokens[s + 1].Is(":") && tokens[s + 2].IsClockDigits && tokens[s + 2].Text.Length == Token.ClockDigits;

        /// <summary>The most letters of a time zone written after a clock time ("GMT", "EST", "PKT", "AEDT").</summary>
        private const int TimeZoneMaxLetters = 4;

        /// <summary>A time zone after a clock time: a word of two to four capital letters ("09:30 GMT", "14:05 ET").</summary>
        public static bool IsTimeZone(Token t) =>
            t.IsWord && t.Text.Length >= 2 && t.Text.Length <= TimeZoneMaxLetters && t.Text.All(char.IsUpper);

        /// <summary>
        /// The number of tokens of a clock time that opens the paragraph ("09:20", "13:10") before a capitalised word or a
        /// quotation; 0 when the paragraph opens otherwise ("3:1 was the score" has no capital after it).
        /// </summary>
        private static int OpeningClockTime(IReadOnlyList<Token> tokens)
        {
            // "00.30 Aviation experts believe …": the time written with a full stop, as British live reports write it, is one token
            if (tokens.Count > 1 && IsDottedClockTime(tokens[0].Text)) return tokens[1].IsCapitalized || tokens[1].IsQuote ? 1 : 0;
            const int time = ClockTimeTokens;
            if (tokens.Count <= time || !IsClockTimeAt(tokens, 0)) return 0;
            if (tokens[0].End != tokens[1].Start || tokens[1].End != tokens[2].Start) return 0;
            // "09:30 GMT - The army …": a live blog's stamp with its zone and mark, read as a whole before the entry's subject
            // (Clauses.AfterClockStamp), not a heading before a sentence opening "GMT"
            if (IsTimeZone(tokens[time]) && tokens.Count > time + 1 && (tokens[time + 1].IsDash || tokens[time + 1].Is(":"))) return 0;
            return tokens[time].IsCapitalized || tokens[time].IsQuote ? time : 0;
        }

        /// <summary>
        /// True when the paragraph opens a live blog's time-stamped entry: a clock time ("09:20", "9:41 a.m.", "1:05pm",
        /// "12.15", "09:30 GMT") before a mark, a capitalised word or a quotation mark ("12.15 A US official …", "9:41 a.m. --
        /// Mayor …"), or alone in its paragraph, a mark after it or not ("6:01 p.m.", "4:40 p.m.:"), as blogs that set the stamp
        /// over the entry's paragraphs write it. A number in a sentence ("3:10 was the final score") opens none.
        /// </summary>
        public static bool OpensTimeStamp(IReadOnlyList<Token> tokens)
        {
            int k = ClockTimeEnd(tokens);
            if (k == 0) return false;
            // "09:30 GMT", "14:05 ET": the zone before the mark or the entry
            if (k < tokens.Count && IsTimeZone(tokens[k]) && (k + 1 == tokens.Count || tokens[k + 1].IsDash || tokens[k + 1].Is(":"))) k++;
            if (k < tokens.Count && (tokens[k].IsDash || tokens[k].Is(":"))) k++;
            return k == tokens.Count || tokens[k].IsCapitalized || tokens[k].IsQuote;
        }

        /// <summary>
        /// The tokens of the clock time that opens the paragraph, its "a.m." or "pm" included ("9:41 a.m.": 4; "1:05pm": 3;
        /// "12.15": 1); 0 when the paragraph opens with none.
        /// </summary>
        private static int ClockTimeEnd(IReadOnlyList<Token> tokens)
        {
            if (tokens.Count == 0) return 0;
            if (IsDottedClockTime(tokens[0].Text)) return tokens[0].IsWord ? 1 : 0;
            const int time = ClockTimeTokens;
            if (tokens.Count < time || !tokens[0].IsClockDigits || !tokens[1].Is(":") || tokens[0].End != tokens[1].Start || tokens[1].End != tokens[2].Start) return 0;
            var minutes = tokens[2].Text;
            // "1:05pm": the minutes and the half of the day written as one word
            if (tokens[2].IsWord && minutes.Length > Token.ClockDigits && char.IsDigit(minutes[0]) && char.IsDigit(minutes[1]) &&
                Lexicon.Is(minutes.Substring(Token.ClockDigits).ToLowerInvariant(), WordSense.Meridiem))
                return time;
            if (!IsClockTimeAt(tokens, 0)) return 0;
            // "9:41 a.m.", "11:00 am"
            return time < tokens.Count && tokens[time].IsLowerWord && Lexicon.Is(tokens[time].Lower, WordSense.Meridiem) ? time + 1 : time;
        }

        /// <summary>The last hour and minute of a day's clock.</summary>
        private const int LastHour = 23, LastMinute = 59;

        /// <summary>"00.30", "16.06", "9.45": one or two digits of hours, a full stop, two digits of minutes, within a day's clock.</summary>
        private static bool IsDottedClockTime(string text)
        {
            int dot = text.IndexOf('.');
            if (dot < 1 || dot > Token.ClockDigits || text.Length != dot + 1 + Token.ClockDigits) return false;
            int hours = 0, minutes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (i == dot) continue;
                if (!char.IsDigit(text[i])) return false;
                if (i < dot) hours = hours * 10 + (text[i] - '0');
                else minutes = minutes * 10 + (text[i] - '0');
            }
            return hours <= LastHour && minutes <= LastMinute;
        }

        /// <summary>
        /// After a sentence's end, the token at <paramref name="n"/> (within the tokens) opens the next sentence: a quotation or a
        /// word not in lower case, or an opening bracket before one ("… terming them “dark social”. (This post is worth …)": an
        /// aside that is a sentence of its own).
        /// </summary>
        private static bool OpensSentence(IReadOnlyList<Token> tokens, int n) =>
            StartsSentenceWord(tokens[n]) || tokens[n].Is("(") && n + 1 < tokens.Count && StartsSentenceWord(tokens[n + 1]);

        /// <summary>The tokens of a reference number in brackets: "[", the digits, "]".</summary>
        private const int ReferenceMarkTokens = 3;

        /// <summary>
        /// True when a reference number in square brackets ("[2]", "[14]") starts at token n, written against the token before
        /// it (no blank between): a report's or an encyclopedia's footnote mark after a full stop.
        /// </summary>
        private static bool IsReferenceMarkAt(IReadOnlyList<Token> tokens, int n) =>
            n > 0 && n + ReferenceMarkTokens <= tokens.Count && tokens[n].Is("[") && tokens[n].Start == tokens[n - 1].End &&
            tokens[n + 1].IsDigits && tokens[n + 2].Is("]");

        private static bool StartsSentenceWord(Token t) => t.IsQuote || t.IsWord && !t.IsLowerWord;

        private static void FillSentences(List<(int, int)> result, IReadOnlyList<Token> tokens, int heading)
        {
            int start = 0;
            // "09:20 Emergency services say …": a live report's time stamp opening the paragraph is a heading of its own,
            // not words of the sentence after it (its subject, its content)
            if (heading > 0 && heading < tokens.Count)
            {
                result.Add((0, heading));
                start = heading;
            }
            else if (OpeningClockTime(tokens) is var time and > 0)
            {
                result.Add((0, time));
                start = time;
            }
            for (int k = start; k < tokens.Count; k++)
            {
                var tk = tokens[k];
                bool boundary = false;
                if (tk.Kind == TokenKind.Punct && (tk.Text[0] == '.' || tk.Text == "?" || tk.Text == "!" || tk.Text == "…"))
                {
                    int n = k + 1;
                    while (n < tokens.Count && tokens[n].Kind == TokenKind.Punct && (tokens[n].Text == ")" || tokens[n].IsApostropheMark)) n++;
                    // "… in self-defence.[2] The inquiry found …": the reference numbers written against the full stop belong
                    // to the sentence they close, and the sentence after them starts a new one
                    while (IsReferenceMarkAt(tokens, n)) n += ReferenceMarkTokens;
                    boundary = n >= tokens.Count || OpensSentence(tokens, n);
                    if (boundary) k = n - 1;
                }
                else if (tk.IsWord && tk.Text.EndsWith(".", StringComparison.Ordinal) && tk.Text.Length > 2 && k + 1 < tokens.Count && tokens[k + 1].IsQuote &&
                         StartsUpper(tokens[k + 1].Text) && (EndsSentenceWhenFinal(tk.Text) || Lexicon.IsAbbreviation(tk.Text) && !Lexicon.IsTitleWord(tk.Text)))
                {
                    // "… said Jo Bell, chief executive of Acme Inc. “The market …”", "… in Santa Monica, Calif. “The
                    // reality …”": a company suffix, a dotted form (U.S.) or a place's abbreviation can end a sentence
                    // before a quotation; a title (Mr., Gen.) never does
                    boundary = true;
                }
                else if (tk.IsWord && tk.Text.EndsWith(".", StringComparison.Ordinal) && tk.Text.Length > 2 && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized &&
                         tokens[k + 1].Has(WordTag.Pronoun) && (EndsSentenceWhenFinal(tk.Text) || Lexicon.IsAbbreviation(tk.Text) && !Lexicon.IsTitleWord(tk.Text)))
                {
                    // "… attacks in the U.S. He says …", "… close at 7 p.m. He says …": "he", "she", "it" or "they" written with
                    // a capital after an abbreviation's full stop opens the next sentence
                    boundary = true;
                }
                else if (tk.IsQuote && EndsStatement(tk.Text))
                {
                    int n = k + 1;
                    // "… at all.”) In summary, …": the aside that held the quotation closes with it
                    while (n < tokens.Count && tokens[n].Is(")")) n++;
                    boundary = n < tokens.Count && OpensSentence(tokens, n);
                    // "“Why now?” Jo Bell asked.": a question or exclamation followed by its speaker and verb
                    if (boundary && EndsQuestionOrExclamation(tk.Text) && NameThenCue(tokens, n)) boundary = false;
                    if (boundary) k = n - 1;
                }
                if (boundary)
                {
                    result.Add((start, k + 1));
                    start = k + 1;
                }
            }
            if (start < tokens.Count) result.Add((start, tokens.Count));
        }
    }

    /// <summary>
    /// The words outside the lexicon's tables met in the document being analysed, each with its lower case: a name or a
    /// number written again ("Reyes", "Reyes’s" is another word) takes the string and lower case made at its first
    /// token, not a new copy and a new lower case at each (they were a tenth of the bytes the attribution stage
    /// allocated). A table per thread, in use only while <see cref="AnalysedDocument"/> analyses one document
    /// (<see cref="Begin"/> to <see cref="End"/>), emptied after it so that it keeps no word of a document alive.
    /// </summary>
    internal sealed class DocumentWords
    {
        /// <summary>The table of the document this thread is analysing, or null.</summary>
        [ThreadStatic] internal static DocumentWords? Current;

        /// <summary>This thread's table between documents.</summary>
        [ThreadStatic] private static DocumentWords? _idle;

        /// <summary>Slots of the table (a power of two); it takes words up to <see cref="MaxWords"/>, then the rest are made as before.</summary>
        private const int Slots = 2048;

        /// <summary>The most words the table keeps for one document (at most three quarters of its slots full).</summary>
        private const int MaxWords = Slots * 3 / 4;

        private readonly uint[] _hashes = new uint[Slots];
        private readonly string?[] _texts = new string?[Slots];
        private readonly object?[] _lowers = new object?[Slots];
        private readonly int[] _used = new int[MaxWords];
        private int _count;

        /// <summary>Starts a document's table on this thread; null when one is in use already (its caller's is used).</summary>
        internal static DocumentWords? Begin()
        {
            if (Current != null) return null;
            var table = _idle ?? new DocumentWords();
            _idle = null;
            Current = table;
            return table;
        }

        /// <summary>Ends the document's table: its words are forgotten and the table kept for the thread's next document.</summary>
        internal void End()
        {
            for (int k = 0; k < _count; k++)
            {
                int slot = _used[k];
                _texts[slot] = null;
                _lowers[slot] = null;
            }
            _count = 0;
            Current = null;
            _idle = this;
        }

        /// <summary>
        /// The token of the word text[start..end) (no word of the lexicon's tables; <paramref name="hash"/> its
        /// <see cref="Fnv1a"/> hash): what <c>new Token(start, end, text.Substring(…), null, known)</c> gives, with the
        /// strings of the same word met before in the document.
        /// </summary>
        internal Token TokenOf(string text, int start, int end, uint hash, WordTable known)
        {
            int length = end - start;
            const int mask = Slots - 1;
            int slot = (int)(hash ^ (hash >> 15)) & mask;
            for (; _texts[slot] is { } w; slot = (slot + 1) & mask)
                if (_hashes[slot] == hash && w.Length == length && string.CompareOrdinal(w, 0, text, start, length) == 0)
                    return Token.Word(start, end, w, _lowers[slot]!);
            var word = text.Substring(start, length);
            var lower = known.LowerOf(word, true, null);
            if (_count < MaxWords)
            {
                _hashes[slot] = hash;
                _texts[slot] = word;
                _lowers[slot] = lower;
                _used[_count++] = slot;
            }
            return Token.Word(start, end, word, lower);
        }
    }
}
