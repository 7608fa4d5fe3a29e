using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A speaker label before a colon that opens a paragraph: the lines of a transcript ("PENCE: Well,
    /// look, …", also inside an opening quotation mark), an interview's "Q:" and "A:" (also "Q." and "A.", where the text
    /// layer reads them as the document's turns), and a headline that
    /// gives its claim to a source ("Senator Ortiz: Bridge Will Reopen", "Poll: …"). A transcript label is
    /// written in capitals and names someone the article names (or is Q or A); a rubric ("UPDATE:",
    /// "Exclusive:") is no label. A transcript line is the speaker's own words (Direct); a headline's
    /// claim is the writer's wording (Indirect, Mixed with quoted words).
    /// </summary>
    internal sealed class SpeakerLabel : IAttributionRule
    {
        /// <summary>At most this many words in a label.</summary>
        private const int LabelWords = 6;

        /// <summary>How many characters into a quotation the colon of a speaker's label inside it may stand ("“BELL: …”").</summary>
        private const int LabelInQuotationChars = 40;

        /// <summary>How many characters of capitals a label that opens a paragraph may have before its colon ("PENCE:").</summary>
        private const int CapitalLabelChars = 30;

        /// <summary>At most this many words in a note in brackets after a label ("CLARK (VOICE OVER):").</summary>
        private const int NoteWords = 3;

        public string Name => nameof(SpeakerLabel);

        public void Apply(AttributionContext ctx)
        {
            HashSet<string>? names = null;
            MentionParser? headlineParser = null;
            Dictionary<string, int>? labelCounts = null;
            foreach (var p in ctx.Document.Paragraphs)
            {
                var tk = p.Tokens;
                if (tk.Count == 0) continue;
                if (tk[0].IsQuote)
                {
                    // "“PENCE: Well, look, …" (a transcript line quoted whole)
                    var q = ReportedSpeech.QuotationAt(ctx.Document, p, 0);
                    if (q != null && ctx.IsOpen(q) && !ReportedSpeech.IsHeadline(ctx.Document, p)) InQuotation(ctx, p, q, names ??= ctx.LabelNames);
                    continue;
                }
                if (p.TurnWords == 1)
                {
                    FullStopTurn(ctx, p);
                    continue;
                }
                if (tk.Count < 3) continue;
                int colon = -1, labelEnd = -1;
                string? labelTitle = null;
                for (int i = 0; i < tk.Count && i <= LabelWords + 3; i++)
                {
                    if (tk[i].Is(":")) { colon = labelEnd = i; break; }
                    if (!tk[i].IsWord && !tk[i].Is(".") && !tk[i].Is("-"))
                    {
                        // "ABBAS (RECORDED):", "CLARK (VOICE OVER):": a note in capitals in brackets after the label
                        colon = NoteColon(tk, i);
                        // "QUESTION (Rashid Kamal, private television channel):": who asks, and for which outlet, in brackets after a question label
                        if (colon < 0 && i == 1 && Lexicon.Is(tk[0].Text, WordGroup.QuestionLabel)) colon = QuestionNoteColon(tk, i);
                        labelEnd = i;
                        // "JANE DOE, SENIOR CORRESPONDENT:", "COL. JOHN DOE (RET.), FORMER LIAISON OFFICER:"
                        if (colon < 0) colon = TitledNameColon(tk, i, out labelTitle);
                        // "JO BELL (Minister for Ports):", a legislature's record: the office in brackets, in ordinary case
                        if (colon < 0) colon = OfficeNoteColon(tk, i, out labelTitle);
                        break;
                    }
                }
                if (colon <= 0 || labelEnd <= 0 || colon + 1 >= tk.Count || !ReportedSpeech.HasWords(tk, colon + 1, tk.Count) && !ReportedSpeech.HasQuote(tk, colon + 1, tk.Count)) continue;
                if (IsRubric(tk, 0, colon) || ReportedSpeech.IsCueUsed(ctx, p, colon)) continue;
                Mention? source;
                AttributionKind kind;
                bool headline = ReportedSpeech.IsHeadline(ctx.Document, p);
                if (headline && labelEnd != colon) continue;
                if (headline)
                {
                    // "Senator Ortiz: Bridge Will Reopen": the mention must be the whole label
                    headlineParser ??= new MentionParser(ctx.Parties.OrganisationSet) { HeadlineCase = true };
                    var m = headlineParser.Parse(tk, 0, colon, inverted: true);
                    source = m != null && !m.IsPronoun && (m.End == colon || m.Next == colon) ? m : Capitalised(tk, 0, colon);
                    // a source, not a recipe's or a section's heading ("Make-Ahead Side: …"): a name the story names
                    // again, an organisation, a document or a speaker
                    if (source != null && !IsHeadlineSource(source, tk, 0, colon, names ??= ctx.LabelNames, ctx.Document)) source = null;
                    kind = ReportedSpeech.HasQuote(tk, colon + 1, tk.Count) ? AttributionKind.Mixed : AttributionKind.Indirect;
                }
                else
                {
                    source = TranscriptLabel(tk, 0, labelEnd, p.Text, 0, names ??= ctx.LabelNames);
                    if (labelTitle != null) source = WithLabelTitle(source, labelTitle);
                    // "SENIOR STATE DEPARTMENT OFFICIAL:", a background briefing's speaker, described and not named; so is "SENIOR
                    // DEFENSE OFFICIAL:" in a text that writes "Department of Defense" (a word of it written capitalised is no name)
                    if (colon == labelEnd && (source == null || source.Kind == MentionKind.Name && labelEnd >= 2))
                        source = DescriptionLabel(tk, labelEnd, labelCounts ??= LabelCounts(ctx.Document), headlineParser ??= new MentionParser(ctx.Parties.OrganisationSet) { HeadlineCase = true }) ?? source;
                    // "CWR:" after "Capitol Weekly Review:": a label of capitals that are the initials of a name the text writes in full,
                    // a speaker's that opens two paragraphs or more (not a headline's source, "AP: …", whose claim is the writer's wording)
                    if (colon == labelEnd && labelEnd == 1 && (source == null || source.Kind == MentionKind.Name) &&
                        (labelCounts ??= LabelCounts(ctx.Document)).TryGetValue(tk[0].Text, out var turns) && turns >= DescriptionLabelTurns && Initialism(tk[0], ctx.Document) is { } full)
                        source = new Mention { Kind = MentionKind.Name, Start = 0, End = 1, Next = 1, CharStart = tk[0].Start, CharEnd = tk[0].End, Text = tk[0].Text, Name = full };
                    // the asker the brackets after a question label name: a person ("QUESTION (Rashid Kamal, private television
                    // channel):"), else an outlet the label shows ("QUESTION (HARBOR RADIO):")
                    if (source != null && colon != labelEnd && IsQuestionLabel(source)) source = Asker(ctx, p, labelEnd, colon, source);
                    kind = AttributionKind.Direct;
                }
                if (source == null) continue;
                int e = tk.Count;
                while (e > colon + 1 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
                if (e <= colon + 1) continue;
                var a = ReportedSpeech.Make(Name, p, colon + 1, e, colon, colon + 1, source);
                a.Kind = kind;
                // a transcript line may quote others ("A: The mayor told the council: “…”"): those quotations keep their own speakers
                a.CoversInnerQuotations = kind != AttributionKind.Direct;
                ctx.Add(a);
            }
        }

        /// <summary>
        /// A turn of an interview printed with a full stop ("Q. Why did you refuse?", "A. Because …"; the text layer reads the
        /// label): the interviewer's or the interviewee's words, as after "Q:" and "A:", the label the cue.
        /// </summary>
        private void FullStopTurn(AttributionContext ctx, AnalysedParagraph p)
        {
            var tk = p.Tokens;
            if (ReportedSpeech.IsCueUsed(ctx, p, 0)) return;
            int e = tk.Count;
            while (e > 1 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            if (e <= 1 || !ReportedSpeech.HasWords(tk, 1, e) && !ReportedSpeech.HasQuote(tk, 1, e)) return;
            var label = p.TurnLabel.ToString();
            // the label's letter, without its full stop
            var source = new Mention { Start = 0, End = 1, Next = 1, CharStart = tk[0].Start, CharEnd = tk[0].Start + 1, Text = label };
            Describe(source, label);
            var a = ReportedSpeech.Make(Name, p, 1, e, 0, 1, source);
            a.Kind = AttributionKind.Direct;
            a.CoversInnerQuotations = false;
            ctx.Add(a);
        }

        /// <summary>The head a question label ("Q", "QUESTION") is described by: the press, asking.</summary>
        private const string Interviewer = "interviewer";

        /// <summary>True for the source of a question label's line ("Q:", "QUESTION:", "QUESTION (WIRE SERVICE):").</summary>
        internal static bool IsQuestionLabel(Mention source) => source.Kind == MentionKind.Description && source.Head == Interviewer;

        /// <summary>The head an answer label ("A", "ANSWER") is described by: the one interviewed.</summary>
        private const string Interviewee = "interviewee";

        /// <summary>
        /// True for the source of an interview's label of one letter ("Q:", "A:", "Q.", "A."), the interviewer's or the interviewee's:
        /// a letter is no one's name, and such a label stands for no speaker by itself.
        /// </summary>
        internal static bool IsLetterLabel(Mention source) =>
            source.Kind == MentionKind.Description && (source.Head == Interviewer || source.Head == Interviewee) && source.Text.Length == 1;

        /// <summary>Makes a label of an interview ("Q", "A") the description of the interviewer or the one interviewed.</summary>
        private static void Describe(Mention m, string label)
        {
            m.Kind = MentionKind.Description;
            m.Determiner = "the";
            m.Head = Lexicon.Is(label, WordGroup.QuestionLabel) ? Interviewer : Interviewee;
        }

        /// <summary>
        /// The colon after a note in brackets that stands at <paramref name="open"/>, after a transcript label: one to
        /// <see cref="NoteWords"/> words in capitals ("(RECORDED)", "(VOICE OVER)"), the closing bracket and the colon; else -1.
        /// </summary>
        private static int NoteColon(IReadOnlyList<Token> tk, int open)
        {
            if (!tk[open].Is("(")) return -1;
            int i = open + 1;
            while (i < tk.Count && i - open - 1 < NoteWords && tk[i].IsWord && IsAllCaps(tk[i].Text)) i++;
            return i > open + 1 && i + 1 < tk.Count && tk[i].Is(")") && tk[i + 1].Is(":") ? i + 1 : -1;
        }

        /// <summary>At most this many tokens in the brackets after a question label ("(Rashid Kamal, private television channel)").</summary>
        private const int QuestionNoteTokens = 10;

        /// <summary>
        /// The colon after the brackets that stand at <paramref name="open"/> after a question label, which say who asks and
        /// for which outlet, in any case ("(Rashid Kamal, private television channel)", "(Wire Service)"): up to
        /// <see cref="QuestionNoteTokens"/> words, commas, full stops and hyphens, the closing bracket and the colon; else -1.
        /// </summary>
        private static int QuestionNoteColon(IReadOnlyList<Token> tk, int open)
        {
            int i = open + 1;
            while (i < tk.Count && i - open - 1 < QuestionNoteTokens && (tk[i].IsWord || tk[i].Is(",") || tk[i].Is(".") || tk[i].Is("-"))) i++;
            return i > open + 1 && tk[open + 1].IsWord && i + 1 < tk.Count && tk[i].Is(")") && tk[i + 1].Is(":") ? i + 1 : -1;
        }

        /// <summary>
        /// The one who asks a question whose label has brackets after it (from <paramref name="open"/> to the colon): the person
        /// they name in ordinary case, with what follows a comma as the role ("QUESTION (Rashid Kamal, private television
        /// channel):" is Rashid Kamal); else the question label shown with the words in the brackets ("QUESTION (HARBOR
        /// RADIO)"), the press asking for that outlet.
        /// </summary>
        private static Mention Asker(AttributionContext ctx, AnalysedParagraph p, int open, int colon, Mention label)
        {
            var tk = p.Tokens;
            int close = colon - 1, comma = close;
            for (int i = open + 1; i < close; i++)
                if (tk[i].Is(",")) { comma = i; break; }
            bool caps = true;
            for (int i = open + 1; i < comma; i++)
                if (tk[i].IsWord && !IsAllCaps(tk[i].Text)) caps = false;
            if (!caps && comma > open + 1)
            {
                var m = ctx.MentionsFor(p).Parse(tk, open + 1, comma, inverted: true);
                if (m != null && m.Kind == MentionKind.Name && m.Start == open + 1 && m.End == comma && !string.IsNullOrEmpty(m.Name))
                {
                    m.Next = comma;
                    if (comma < close) m.Apposition = MentionParser.Join(tk, comma + 1, close);
                    return m;
                }
            }
            label.Text = label.Text + " (" + MentionParser.Join(tk, open + 1, close) + ")";
            label.CharEnd = tk[close].End;
            return label;
        }

        /// <summary>At most this many letters in a label that is a name's initials ("CWR").</summary>
        private const int InitialismLetters = 5;

        /// <summary>
        /// The name a label of capitals stands for as its initials ("CWR" after "Capitol Weekly Review:", "HG" for "Harbour
        /// Gazette"): a run of two or more capitalised words in ordinary case that the document writes, whose first letters are
        /// the label's, the one such name; null when there is none or more than one.
        /// </summary>
        private static string? Initialism(Token label, AnalysedDocument doc)
        {
            var text = label.Text;
            if (text.Length < 2 || text.Length > InitialismLetters || !label.IsWord) return null;
            foreach (char c in text)
                if (!char.IsUpper(c)) return null;
            string? found = null;
            foreach (var p in doc.Paragraphs)
            {
                var tk = p.Tokens;
                for (int i = 0; i + text.Length <= tk.Count; i++)
                {
                    // (the run's first word: none capitalised before it, "The" aside)
                    if (i > 0 && tk[i - 1].IsCapitalized && !IsAllCaps(tk[i - 1].Text) && !tk[i - 1].Has(WordTag.Function)) continue;
                    int k = 0;
                    while (k < text.Length && tk[i + k].IsWord && tk[i + k].IsCapitalized && tk[i + k].Text.Length > 1 && !IsAllCaps(tk[i + k].Text) && tk[i + k].Text[0] == text[k]) k++;
                    if (k < text.Length) continue;
                    // the whole run of capitalised words, no more ("Capitol Weekly Review", not "Capitol Weekly Review Editors")
                    if (i + k < tk.Count && tk[i + k].IsWord && tk[i + k].IsCapitalized) continue;
                    var name = MentionParser.Join(tk, i, i + k);
                    if (found != null && found != name) return null;
                    found = name;
                }
            }
            return found;
        }

        /// <summary>At most this many words in the title after a name in a network transcript's label ("PRIME MINISTER OF PAKISTAN").</summary>
        private const int LabelTitleWords = 6;

        /// <summary>
        /// A network transcript's label that gives the speaker's title after the name ("JANE DOE, SENIOR CORRESPONDENT:",
        /// "JOHN DOE, PRIME MINISTER OF RUTHENIA:", "COL. JOHN DOE (RET.), FORMER LIAISON OFFICER:"), from the comma or the
        /// note in brackets at <paramref name="at"/>: a note of <see cref="NoteWords"/> words in capitals at most, the comma, one
        /// to <see cref="LabelTitleWords"/> words in capitals (the title, in <paramref name="title"/>) and the colon. The colon's
        /// index, else -1. The name before it is read as any label's is (<see cref="TranscriptLabel"/>: one the article names).
        /// </summary>
        private static int TitledNameColon(IReadOnlyList<Token> tk, int at, out string? title)
        {
            title = null;
            int i = at;
            if (tk[i].Is("("))
            {
                i++;
                while (i < tk.Count && i - at - 1 <= NoteWords && (tk[i].IsWord && IsAllCaps(tk[i].Text) || tk[i].Is("."))) i++;
                if (i == at + 1 || i >= tk.Count || !tk[i].Is(")")) return -1;
                i++;
            }
            if (i >= tk.Count || !tk[i].Is(",")) return -1;
            int a = ++i, words = 0;
            for (; i < tk.Count && !tk[i].Is(":"); i++)
            {
                if (tk[i].Is("-") || tk[i].Is(".")) continue;
                if (!tk[i].IsWord || !IsAllCaps(tk[i].Text) || !HasLetter(tk[i].Text) || ++words > LabelTitleWords) return -1;
            }
            if (words == 0 || i >= tk.Count) return -1;
            // the title as a role is written in prose: each word capitalised, its small words ("of", "for", "the") in lower case
            var parts = new List<string>();
            for (int w = a; w < i; w++)
            {
                if (!tk[w].IsWord) { if (parts.Count > 0 && (tk[w].Is("-") || tk[w].Is("."))) parts[parts.Count - 1] += tk[w].Text; continue; }
                var word = parts.Count > 0 && Lexicon.Is(tk[w].Lower, WordClass.TitleConnective) ? tk[w].Lower : Casing.TitleCaseWord(tk[w].Text);
                if (parts.Count > 0 && parts[parts.Count - 1].EndsWith("-", StringComparison.Ordinal)) parts[parts.Count - 1] += word;
                else parts.Add(word);
            }
            title = string.Join(" ", parts);
            return i;
        }

        /// <summary>
        /// The colon after an office written in brackets, in ordinary case, after a transcript's label, as a legislature's record
        /// gives a minister's turn ("JO BELL (Minister for Ports):", "ANN RUIZ (Leader of the House):"): from the bracket at
        /// <paramref name="open"/>, one to <see cref="LabelTitleWords"/> words, each capitalised or a title's small word ("for",
        /// "of", "the"), that open with an office's title of titles.txt, the closing bracket and the colon (the office, in
        /// <paramref name="title"/>). Else -1: a note in capitals is <see cref="NoteColon"/>'s, and "(Retd)" holds no office.
        /// </summary>
        private static int OfficeNoteColon(IReadOnlyList<Token> tk, int open, out string? title)
        {
            title = null;
            if (!tk[open].Is("(")) return -1;
            int i = open + 1;
            while (i < tk.Count && i - open - 1 < LabelTitleWords && tk[i].IsWord && (tk[i].IsCapitalized || i > open + 1 && Lexicon.Is(tk[i].Lower, WordClass.TitleConnective))) i++;
            if (i == open + 1 || i + 1 >= tk.Count || !tk[i].Is(")") || !tk[i + 1].Is(":")) return -1;
            var note = MentionParser.Join(tk, open + 1, i);
            if (IsAllCaps(note) || !IsOfficeNote(note)) return -1;
            title = note;
            return i + 1;
        }

        /// <summary>True when a note in brackets after a label opens with an office's title of titles.txt ("Minister for Ports").</summary>
        private static bool IsOfficeNote(string note) =>
            PersonName.TitleAt(note.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries), 0) is { Office: true };

        /// <summary>
        /// True when the capitals of a label's name that end at <paramref name="c"/> go on with an office in brackets, in ordinary
        /// case, and the colon ("JO BELL (Minister for Ports):", <see cref="OfficeNoteColon"/>): the name is a label's too.
        /// </summary>
        private static bool OfficeAfterLabel(string text, int c)
        {
            if (c >= text.Length || text[c] != '(') return false;
            int close = text.IndexOf(')', c);
            if (close <= c + 1 || close - c > CapitalLabelChars * 2 || close + 1 >= text.Length || text[close + 1] != ':') return false;
            var note = text.Substring(c + 1, close - c - 1).Trim();
            return !IsAllCaps(note) && IsOfficeNote(note);
        }

        private static bool HasLetter(string s)
        {
            foreach (char c in s)
                if (char.IsLetter(c)) return true;
            return false;
        }

        /// <summary>
        /// The name of a label with its title ("JOHN DOE, PRIME MINISTER OF RUTHENIA:") as prose writes it set off ("John Doe,
        /// Prime Minister of Ruthenia,"): the title is the name's apposition, so the person's role, and through the lexicon's
        /// tables the side it names. A description or a question's label is left as it is.
        /// </summary>
        private static Mention? WithLabelTitle(Mention? source, string title)
        {
            if (source == null || source.Kind != MentionKind.Name) return source;
            source.Apposition = title;
            return source;
        }

        /// <summary>A transcript line inside a quotation that opens its paragraph: "“PENCE: Well, …".</summary>
        private void InQuotation(AttributionContext ctx, AnalysedParagraph p, QuotationRef q, HashSet<string> names)
        {
            var text = p.Text;
            int a = q.Span.TextStart, end = q.Span.TextEnd;
            int colon = -1;
            for (int i = a; i < end && i - a <= LabelInQuotationChars; i++)
            {
                char c = text[i];
                if (c == ':') { colon = i; break; }
                if (!(char.IsLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-')) return;
            }
            if (colon <= a || colon + 2 >= end) return;
            var inner = Tokenizer.Tokenize(text, a, colon, Array.Empty<QuotationSpan>());
            if (inner.Count == 0 || IsRubric(inner, 0, inner.Count)) return;
            var source = TranscriptLabel(inner, 0, inner.Count, text, 0, names);
            if (source == null) return;
            int c0 = colon + 1;
            while (c0 < end && char.IsWhiteSpace(text[c0])) c0++;
            if (c0 >= end) return;
            var found = new FoundAttribution(Name, p, AttributionKind.Direct, TextSpan.FromTo(p.Start + c0, p.Start + end))
            {
                Cue = TextSpan.FromTo(p.Start + colon, p.Start + colon + 1),
                Source = source,
                SourceParagraph = p,
                SourceTokens = inner,
            };
            found.Quotations.Add(q);
            ctx.Add(found);
        }

        /// <summary>True when the words [a, e) are a rubric ("UPDATE", "Editor's note", "Exclusive").</summary>
        internal static bool IsRubric(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsWord && tk[i].Has(WordTag.Rubric)) return true;
            return false;
        }

        /// <summary>
        /// A transcript label written in capitals ("PENCE", "JAKE TAPPER", "SEN. WARREN") that names
        /// someone the article names elsewhere (any of its words, in ordinary case), or Q and A (the
        /// interviewer and the one interviewed). Null otherwise.
        /// </summary>
        private static Mention? TranscriptLabel(IReadOnlyList<Token> tk, int a, int e, string text, int offset, HashSet<string> names)
        {
            int words = 0;
            bool known = false;
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord) { if (t.Is(".") || t.Is("-")) continue; return null; }
                foreach (char c in t.Text)
                    if (char.IsLetter(c) && !char.IsUpper(c)) return null;
                words++;
                var name = Casing.TitleCaseName(t.Text.TrimEnd('.'));
                if (names.Contains(name)) known = true;
            }
            if (words == 0) return null;
            var label = MentionParser.Join(tk, a, e);
            if (words > NameLabelWords) return TitledLabel(tk, a, e, label, offset, names);
            var m = new Mention { Start = a, End = e, Next = e, CharStart = tk[a].Start - offset, CharEnd = tk[e - 1].End - offset, Text = label };
            // "Q:", "A:", and the same spelled out ("QUESTION:", "ANSWER:")
            if (words == 1 && char.IsUpper(label[0]) && Lexicon.Is(label, WordGroup.InterviewLabel))
            {
                Describe(m, label);
                return m;
            }
            if (!known) return null;
            m.Kind = MentionKind.Name;
            m.Name = string.Join(" ", label.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(Casing.TitleCaseName));
            // a dateline written twice is still a place ("ISLAMABAD:"), not a speaker
            if (CountryTable.FindCountryOrCapital(m.Name) != null) return null;
            return m;
        }

        /// <summary>At most this many words of a name in a transcript label (after a rank or title in capitals, "MAJ GEN ATHAR ABBAS").</summary>
        private const int NameLabelWords = 3;

        /// <summary>
        /// At most this many words of a name after a title in capitals in a transcript label: a name of four words, as South Asian
        /// names often are ("SENATOR MIR ALI KHAN JAMALI:"), where the title says a person follows.
        /// </summary>
        private const int TitledNameLabelWords = 4;

        /// <summary>
        /// A transcript label in capitals longer than <see cref="NameLabelWords"/> words that opens with a rank or title of
        /// titles.txt written in capitals ("MAJ GEN ATHAR ABBAS:", "LT COL JO BELL:", "SECRETARY OF STATE ANN RUIZ:"): the title,
        /// then one to <see cref="TitledNameLabelWords"/> words of a name, one of them a name the article names. The title goes to
        /// the mention's title, as in prose; null otherwise.
        /// </summary>
        private static Mention? TitledLabel(IReadOnlyList<Token> tk, int a, int e, string label, int offset, HashSet<string> names)
        {
            var titled = string.Join(" ", label.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(Casing.TitleCaseName));
            var tt = Tokenizer.Tokenize(titled, 0, titled.Length, Array.Empty<QuotationSpan>());
            int t = MentionParser.MatchTitle(tt, 0, tt.Count, out var gender);
            if (t == 0) return null;
            int nameWords = 0;
            bool known = false;
            for (int i = t; i < tt.Count; i++)
            {
                if (!tt[i].IsWord) continue;
                nameWords++;
                if (names.Contains(tt[i].Text.TrimEnd('.'))) known = true;
            }
            if (nameWords == 0 || nameWords > TitledNameLabelWords || !known) return null;
            var name = MentionParser.Join(tt, t, tt.Count);
            if (CountryTable.FindCountryOrCapital(name) != null) return null;
            return new Mention
            {
                Kind = MentionKind.Name, Start = a, End = e, Next = e, CharStart = tk[a].Start - offset, CharEnd = tk[e - 1].End - offset, Text = label,
                Name = name, Title = MentionParser.Join(tt, 0, t), TitleGender = gender,
            };
        }

        /// <summary>At least this many paragraphs open with a description label before it is read as a speaker (a transcript's, not a heading's).</summary>
        private const int DescriptionLabelTurns = 2;

        /// <summary>
        /// A transcript label in capitals that describes its speaker rather than naming them, as a background briefing's do
        /// ("SENIOR STATE DEPARTMENT OFFICIAL:", "SENIOR DEFENSE OFFICIAL:", "MODERATOR:"): up to <see cref="LabelWords"/> words
        /// ending in a speaker noun in the singular, read by the mention grammar as the description it is (its side then comes
        /// from its words, as "a senior State Department official" in prose). Only where the same label opens
        /// <see cref="DescriptionLabelTurns"/> paragraphs or more (a speaker's turns, not a heading in capitals); null otherwise.
        /// </summary>
        private static Mention? DescriptionLabel(IReadOnlyList<Token> tk, int e, Dictionary<string, int> counts, MentionParser parser)
        {
            if (e < 1 || e > LabelWords || IsRubric(tk, 0, e)) return null;
            for (int i = 0; i < e; i++)
                if (!tk[i].IsWord || !IsAllCaps(tk[i].Text)) return null;
            if (!Lexicon.IsSpeakerNoun(tk[e - 1].Lower, out _, out var plural) || plural) return null;
            if (!counts.TryGetValue(MentionParser.Join(tk, 0, e), out var n) || n < DescriptionLabelTurns) return null;
            // a sentence after it, not more capitals ("SENIOR OFFICIAL: NO COMMENT" is a heading's style)
            bool lower = false;
            for (int i = e + 1; i < tk.Count && !lower; i++) lower = tk[i].IsLowerWord;
            if (!lower) return null;
            var m = parser.Parse(tk, 0, e, inverted: true);
            return m != null && m.Kind == MentionKind.Description && m.Start == 0 && (m.End == e || m.Next == e) ? m : null;
        }

        /// <summary>How many body paragraphs open with each label of words in capitals before a colon ("MODERATOR", "SENIOR OFFICIAL").</summary>
        private static Dictionary<string, int> LabelCounts(AnalysedDocument doc)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in doc.Paragraphs)
            {
                if (p.Section != ParagraphSection.Body) continue;
                var tk = p.Tokens;
                int i = 0;
                while (i < tk.Count && i <= LabelWords && tk[i].IsWord && IsAllCaps(tk[i].Text)) i++;
                if (i == 0 || i >= tk.Count || !tk[i].Is(":")) continue;
                var label = MentionParser.Join(tk, 0, i);
                counts[label] = counts.TryGetValue(label, out var n) ? n + 1 : 1;
            }
            return counts;
        }

        /// <summary>True for a headline label that can speak: a person's name written again in the story, an organisation, a document or a speaker noun.</summary>
        internal static bool IsHeadlineSource(Mention m, IReadOnlyList<Token> tk, int a, int e, HashSet<string> names, AnalysedDocument doc)
        {
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord) continue;
                var lower = t.Lower;
                if (Lexicon.IsOrganisationWord(lower) || Lexicon.IsDocumentWord(lower) || Lexicon.IsSpeakerNoun(lower, out _, out _) || Lexicon.IsKnownOrganisation(t.Text) ||
                    CountryTable.Find(t.Text) != null || t.Text.Length >= 2 && IsAllCaps(t.Text) && t.Text.Length <= 6) return true;
            }
            // a name: its last word written in the body too ("Pence: …" over a story about Mike Pence)
            var last = tk[e - 1];
            var word = ReportedSpeech.IsPossessive(last) ? last.Text.Substring(0, last.Text.Length - 2) : last.Text;
            if (!last.IsCapitalized) return false;
            foreach (var p in doc.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title || p.Index == 0) continue;
                foreach (var t in p.Tokens)
                    if (t.IsWord && (t.Text == word || t.Text == word + Possessive.Straight || t.Text == word + Possessive.Curly)) return true;
            }
            return false;
        }

        /// <summary>A headline label the mention grammar does not read ("Wash Post Fact-Check", "NY Daily News"): capitalised words only.</summary>
        internal static Mention? Capitalised(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e - a > LabelWords) return null;
            for (int i = a; i < e; i++)
                if (!(tk[i].IsCapitalized || tk[i].IsWord && char.IsDigit(tk[i].Text[0]) || tk[i].Is("-") || tk[i].Is("."))) return null;
            return new Mention
            {
                Kind = MentionKind.Organisation, Start = a, End = e, Next = e, CharStart = tk[a].Start, CharEnd = tk[e - 1].End,
                Text = MentionParser.Join(tk, a, e), Name = MentionParser.Join(tk, a, e),
            };
        }

        /// <summary>The capitalised words of the document that are not all capitals, outside the labels: the names it writes in ordinary case.</summary>
        /// <summary>
        /// The words a transcript label may be: the last words of the full names the document writes in
        /// ordinary case ("Mike Pence": not a place alone, "SKARDU:" is a dateline), and the labels in
        /// capitals that open two paragraphs or more (a transcript's speakers), title-cased.
        /// </summary>
        internal static HashSet<string> NamesOf(AnalysedDocument doc)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var labels = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in doc.Paragraphs)
            {
                // the last word of a full name ("Mike Pence", "Chris Wallace's"): not a place alone ("in Skardu")
                var tk = p.Tokens;
                for (int i = 1; i < tk.Count; i++)
                {
                    var t = tk[i];
                    if (!t.IsCapitalized || t.Text.Length < 2 || IsAllCaps(t.Text) || !tk[i - 1].IsCapitalized || IsAllCaps(tk[i - 1].Text) && tk[i - 1].Text.Length > 1) continue;
                    if (i + 1 < tk.Count && tk[i + 1].IsCapitalized && !ReportedSpeech.IsPossessive(t)) continue;
                    names.Add(ReportedSpeech.IsPossessive(t) ? t.Text.Substring(0, t.Text.Length - 2) : t.Text);
                }
                // "PENCE:", "“WALLACE:": the capitals before a colon that opens the paragraph
                var text = p.Text;
                int a = 0;
                while (a < text.Length && (QuotationScanner.IsMark(text[a]) || char.IsWhiteSpace(text[a]))) a++;
                int c = a;
                while (c < text.Length && c - a <= CapitalLabelChars && (char.IsUpper(text[c]) || text[c] == ' ' || text[c] == '.' || text[c] == '\'' || text[c] == '’' || text[c] == '-')) c++;
                if (c > a + 1 && c < text.Length && (text[c] == ':' || TitleAfterLabel(text, c) || OfficeAfterLabel(text, c)))
                {
                    var label = text.Substring(a, c - a).Trim();
                    labels[label] = labels.TryGetValue(label, out var n) ? n + 1 : 1;
                }
            }
            // a speaker labelled twice, by the same last word ("KATE BELL:" then "BELL:")
            var bySurname = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var kv in labels)
            {
                var last = kv.Key.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                if (last != null) bySurname[last] = (bySurname.TryGetValue(last, out var n) ? n : 0) + kv.Value;
            }
            foreach (var kv in labels)
            {
                var words = kv.Key.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && bySurname[words[words.Length - 1]] >= 2)
                    foreach (var w in words) names.Add(Casing.TitleCaseName(w.TrimEnd('.')));
            }
            return names;
        }

        /// <summary>
        /// True when the capitals of a label's name that end at <paramref name="c"/> go on, as a network transcript's do, with a
        /// note in brackets or a comma and a title in capitals up to the colon ("JANE DOE, SENIOR CORRESPONDENT:", "JOHN DOE
        /// (RET.), FORMER LIAISON OFFICER:"): the name is then a label's too, for a bare "DOE:" after it.
        /// </summary>
        private static bool TitleAfterLabel(string text, int c)
        {
            if (c >= text.Length || text[c] != ',' && text[c] != '(') return false;
            bool comma = false;
            for (int i = c; i < text.Length && i - c <= CapitalLabelChars * 2; i++)
            {
                char ch = text[i];
                if (ch == ':') return comma;
                if (ch == ',') { if (comma) return false; comma = true; continue; }
                if (!(char.IsUpper(ch) || ch == ' ' || ch == '.' || ch == '-' || ch == '(' || ch == ')' || ch == '\'' || ch == '’')) return false;
            }
            return false;
        }

        /// <summary>True when every letter of the word is a capital ("PENCE", "SEN.").</summary>
        internal static bool IsAllCaps(string s)
        {
            foreach (char c in s)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }
    }
}
