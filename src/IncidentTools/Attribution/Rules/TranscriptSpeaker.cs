using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Transcript lines whose speaker labels <see cref="SpeakerLabel"/> does not read: a label in
    /// capitals with the speaker's role after a comma ("JO BELL, anchor:", "PIET MARSH, former harbour
    /// official:"), and a label in ordinary case ("Lena Ortiz:", "Ortiz:") in a transcript, where two
    /// paragraphs or more open with one and each names someone the article names in full. Each line is
    /// its speaker's own words (Direct; quotations of others inside keep their own speakers). A paragraph
    /// with no label between two labelled lines of a transcript goes on with the line before it.
    /// </summary>
    internal sealed class TranscriptSpeaker : IAttributionRule
    {
        /// <summary>At most this many words in a name label, and in the role after it.</summary>
        private const int NameWords = 4;
        private const int RoleWords = 6;

        /// <summary>A transcript has at least this many labelled lines before an unlabelled paragraph is carried on.</summary>
        private const int CarryLines = 3;

        /// <summary>At most this many unlabelled paragraphs in a row are carried on (a longer run is the writer's).</summary>
        private const int CarryParagraphs = 3;

        public string Name => nameof(TranscriptSpeaker);

        public void Apply(AttributionContext ctx)
        {
            var doc = ctx.Document;
            var names = ctx.LabelNames;
            var lines = new List<(AnalysedParagraph P, int Colon, Mention Source)>();
            var ordinaryCase = new List<(AnalysedParagraph P, int Colon, Mention Source)>();
            foreach (var p in doc.Paragraphs)
            {
                if (p.Section != ParagraphSection.Body || ReportedSpeech.IsHeadline(doc, p)) continue;
                var tk = p.Tokens;
                int colon = ColonOf(tk);
                if (colon <= 0 || colon + 2 >= tk.Count || ReportedSpeech.IsCueUsed(ctx, p, colon)) continue;
                var withRole = LabelWithRole(tk, colon);
                if (withRole != null) { lines.Add((p, colon, withRole)); continue; }
                var plain = OrdinaryCaseLabel(ctx, p, tk, colon, names) ?? NameInBracketsAfterRole(tk, colon);
                if (plain != null) ordinaryCase.Add((p, colon, plain));
            }
            // labels in ordinary case only where the text is a transcript: a speaker who speaks twice, not a
            // list of subheadings that each name someone once ("Ortiz: A closing surge.")
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            bool dialogue = false;
            foreach (var (p, _, source) in ordinaryCase)
                if (!speakers.Add(p.Tokens[source.End - 1].Text)) dialogue = true;
            if (dialogue) lines.AddRange(ordinaryCase);

            foreach (var (p, colon, source) in lines) AddLine(ctx, Name, p, colon, source);
            CarryOn(ctx);
        }

        /// <summary>
        /// A labelled line: the words after the label's last mark at <paramref name="cue"/> (a colon, a record's full stop), up to
        /// the closing punctuation, are the speaker's own (Direct; quotations of others inside keep their own speakers).
        /// </summary>
        internal static void AddLine(AttributionContext ctx, string rule, AnalysedParagraph p, int cue, Mention source)
        {
            var tk = p.Tokens;
            int e = tk.Count;
            while (e > cue + 1 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            if (e <= cue + 1 || !ReportedSpeech.HasWords(tk, cue + 1, e)) return;
            var a = ReportedSpeech.Make(rule, p, cue + 1, e, cue, cue + 1, source);
            a.Kind = AttributionKind.Direct;
            a.CoversInnerQuotations = false;
            ctx.Add(a);
        }

        /// <summary>
        /// In a transcript (at least <see cref="CarryLines"/> labelled lines), a paragraph with no label
        /// between two labelled lines goes on with the line before it: the same speaker's words.
        /// </summary>
        private void CarryOn(AttributionContext ctx)
        {
            var paragraphs = ctx.Document.Paragraphs;
            var lineOf = new FoundAttribution?[paragraphs.Count];
            int count = 0;
            foreach (var a in ctx.Found)
            {
                if ((a.Rule == Name || a.Rule == nameof(SpeakerLabel) || a.Rule == nameof(InterviewAnswer)) && a.Kind == AttributionKind.Direct && a.ContinuesFrom == null && a.SourceParagraph == a.Paragraph &&
                    a.Source != null && a.Source.Start == 0 && lineOf[a.Paragraph.Index] == null)
                {
                    lineOf[a.Paragraph.Index] = a;
                    count++;
                }
            }
            if (count < CarryLines) return;
            // a dialogue: two voices or more among the lines in capitals that name someone ("NEW:" four times is a rubric), the
            // press's question label counting as one ("QUESTION:", "Q:" between a briefer's turns)
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in lineOf)
            {
                if (a == null) continue;
                if (a.Source!.Kind == MentionKind.Name && Casing.IsAllCaps(a.SourceTokens![0].Text)) speakers.Add(a.Source.Name ?? a.Source.Text);
                else if (SpeakerLabel.IsQuestionLabel(a.Source)) speakers.Add(a.Source.Head!);
            }
            if (speakers.Count < 2) return;
            FoundAttribution? last = null;
            for (int i = 0; i < paragraphs.Count; i++)
            {
                if (lineOf[i] != null)
                {
                    // lines in capitals that name someone ("ORTIZ:", "JO BELL, anchor:") are carried on; "Q:" and "A:" are the interview rule's
                    var label = lineOf[i]!;
                    last = label.Source!.Kind == MentionKind.Name && Casing.IsAllCaps(label.SourceTokens![0].Text) && label.Rule != nameof(InterviewAnswer) ? label : null;
                    continue;
                }
                var p = paragraphs[i];
                if (last == null || p.Section != ParagraphSection.Body || ColonOf(p.Tokens) > 0) { last = null; continue; }
                // the next labelled line must follow, with only unlabelled paragraphs between
                int next = i + 1;
                while (next < paragraphs.Count && next - i < CarryParagraphs && lineOf[next] == null && ColonOf(paragraphs[next].Tokens) <= 0) next++;
                if (next >= paragraphs.Count || lineOf[next] == null) { last = null; continue; }
                var tk = p.Tokens;
                // a stage direction ("(END VIDEO CLIP)", "[crosstalk]") is nobody's words
                if (tk.Count == 0 || tk[0].Is("(") || tk[0].Is("[")) continue;
                int e = tk.Count;
                while (e > 0 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
                if (e <= 0 || !ReportedSpeech.HasWords(tk, 0, e)) continue;
                ctx.Add(new FoundAttribution(Name, p, AttributionKind.Direct, TextSpan.FromTo(p.Start + tk[0].Start, p.Start + tk[e - 1].End))
                {
                    ContinuesFrom = last,
                    CoversInnerQuotations = false,
                });
            }
        }

        /// <summary>The colon that ends a label opening the paragraph (words, full stops, hyphens, a comma and a role before it), or -1.</summary>
        private static int ColonOf(IReadOnlyList<Token> tk)
        {
            for (int i = 0; i < tk.Count && i <= NameWords + RoleWords + 4; i++)
            {
                if (tk[i].Is(":")) return i;
                if (!tk[i].IsWord && !tk[i].Is(".") && !tk[i].Is("-") && !tk[i].Is(",") && !tk[i].Is("(") && !tk[i].Is(")")) return -1;
            }
            return -1;
        }

        /// <summary>"JO BELL, anchor:": a name in capitals, a comma, and a role with words in lower case.</summary>
        private static Mention? LabelWithRole(IReadOnlyList<Token> tk, int colon)
        {
            int comma = -1;
            for (int i = 0; i < colon; i++)
                if (tk[i].Is(",")) { comma = i; break; }
            if (comma <= 0 || comma > NameWords || colon - comma - 1 < 1 || colon - comma - 1 > RoleWords) return null;
            for (int i = 0; i < comma; i++)
            {
                if (tk[i].Is(".")) continue;
                if (!tk[i].IsWord || !Casing.IsAllCaps(tk[i].Text) || tk[i].Has(WordTag.Rubric)) return null;
            }
            bool lower = false;
            for (int i = comma + 1; i < colon; i++)
            {
                if (!tk[i].IsWord) return null;
                if (tk[i].IsLowerWord) lower = true;
            }
            if (!lower) return null;
            var label = MentionParser.Join(tk, 0, comma);
            return new Mention
            {
                Kind = MentionKind.Name, Start = 0, End = comma, Next = colon, CharStart = tk[0].Start, CharEnd = tk[comma - 1].End, Text = label,
                Name = string.Join(" ", label.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(Casing.TitleCaseWord)),
                Apposition = MentionParser.Join(tk, comma + 1, colon),
            };
        }

        /// <summary>"Lena Ortiz:", "Ortiz:": one to four capitalised words in ordinary case that the mention grammar reads as a person's name, whose last word the article writes in a full name.</summary>
        private static Mention? OrdinaryCaseLabel(AttributionContext ctx, AnalysedParagraph p, IReadOnlyList<Token> tk, int colon, HashSet<string> names)
        {
            if (colon > NameWords) return null;
            for (int i = 0; i < colon; i++)
            {
                if (tk[i].Is(".")) continue;
                if (!tk[i].IsCapitalized || Casing.IsAllCaps(tk[i].Text) && tk[i].Text.Length > 1 || tk[i].Has(WordTag.Rubric | WordTag.Function | WordTag.Calendar))
                    return InterviewerLabel(ctx.Document, p, tk, colon, names);
            }
            if (!names.Contains(tk[colon - 1].Text)) return null;
            // the words after the label are a statement, not a figure ("Ortiz: 41 percent")
            if (tk[colon + 1].IsWord && char.IsDigit(tk[colon + 1].Text[0])) return null;
            // a statement, not a subheading ("Ortiz: A closing surge"): it ends as a sentence does
            var end = tk[tk.Count - 1];
            if (!(end.IsQuote || end.Is(".") || end.Is("?") || end.Is("!") || end.Is("…") || end.Is("..."))) return null;
            bool lower = false;
            for (int i = colon + 1; i < tk.Count && !lower; i++)
                if (tk[i].IsLowerWord || tk[i].IsQuote) lower = true;
            if (!lower) return null;
            var m = ctx.MentionsFor(p).Parse(tk, 0, colon, inverted: true);
            if (m == null || m.Kind != MentionKind.Name || m.Start != 0 || m.End != colon) return null;
            return m;
        }

        /// <summary>
        /// "Capitol Weekly Review:", "The Ledger:": the interviewing outlet's name as a label, whose words (a rubric's or a
        /// calendar's among them: "Review", "Weekly") the text writes as a name elsewhere, "The" before them aside ("The Harbour
        /// Ledger's writer"), where a line under that label asks a question. Read as the labels in ordinary case are: only in a
        /// dialogue. A place ("Islamabad:") is no such label; null otherwise.
        /// </summary>
        private static Mention? InterviewerLabel(AnalysedDocument doc, AnalysedParagraph p, IReadOnlyList<Token> tk, int colon, HashSet<string> names)
        {
            int from = tk[0].IsWord && tk[0].IsCapitalized && Lexicon.Is(tk[0].Text, WordGroup.DefiniteArticle) && colon >= 2 ? 1 : 0;
            for (int i = from; i < colon; i++)
                if (!tk[i].IsWord || !tk[i].IsCapitalized || Casing.IsAllCaps(tk[i].Text) || tk[i].Has(WordTag.Function)) return null;
            if (!names.Contains(tk[colon - 1].Text) || IsPlace(tk, from, colon) || !WrittenElsewhere(doc, p, tk, from, colon)) return null;
            var label = MentionParser.Join(tk, 0, colon);
            if (!AsksUnder(doc, label)) return null;
            return new Mention { Kind = MentionKind.Name, Start = 0, End = colon, Next = colon, CharStart = tk[0].Start, CharEnd = tk[colon - 1].End, Text = label, Name = label };
        }

        /// <summary>True when the words [a, e) of paragraph <paramref name="p"/> stand, one after another, in another paragraph (a possessive's "'s" aside).</summary>
        private static bool WrittenElsewhere(AnalysedDocument doc, AnalysedParagraph p, IReadOnlyList<Token> tk, int a, int e)
        {
            foreach (var other in doc.Paragraphs)
            {
                if (other.Index == p.Index) continue;
                var ot = other.Tokens;
                for (int i = 0; i + (e - a) <= ot.Count; i++)
                {
                    int k = 0;
                    while (k < e - a && ot[i + k].IsWord && Bare(ot[i + k]) == tk[a + k].Text) k++;
                    // (not the same label opening the other paragraph)
                    if (k == e - a && !(i <= a && i + k < ot.Count && ot[i + k].Is(":"))) return true;
                }
            }
            return false;
        }

        private static string Bare(Token t) => ReportedSpeech.IsPossessive(t) ? t.Text.Substring(0, t.Text.Length - 2) : t.Text;

        /// <summary>True when a paragraph that opens with the label and its colon ends with a question mark.</summary>
        private static bool AsksUnder(AnalysedDocument doc, string label)
        {
            foreach (var p in doc.Paragraphs)
            {
                var tk = p.Tokens;
                if (tk.Count < 3 || !tk[tk.Count - 1].Is("?")) continue;
                int c = ColonOf(tk);
                if (c > 0 && MentionParser.Join(tk, 0, c) == label) return true;
            }
            return false;
        }

        /// <summary>
        /// "Host (Farah Siddiqui):", "Caller (Haji Sher Bahadur):": a role ending in a speaker noun, then the speaker's name in
        /// brackets (capitalised words), right before the colon. Read as the labels in ordinary case are: only in a dialogue.
        /// </summary>
        private static Mention? NameInBracketsAfterRole(IReadOnlyList<Token> tk, int colon)
        {
            if (colon < 4 || !tk[colon - 1].Is(")")) return null;
            int open = colon - 2;
            while (open > 0 && !tk[open].Is("(")) open--;
            if (!tk[open].Is("(") || open < 1 || open > RoleWords || colon - 1 - (open + 1) < 1 || colon - 1 - (open + 1) > NameWords) return null;
            if (!tk[0].IsCapitalized || !tk[open - 1].IsWord || !tk[open - 1].IsSpeakerNoun(out _, out _)) return null;
            for (int i = 0; i < open; i++)
                if (!tk[i].IsWord) return null;
            for (int i = open + 1; i < colon - 1; i++)
                if (!(tk[i].IsCapitalized || tk[i].Is("."))) return null;
            var name = MentionParser.Join(tk, open + 1, colon - 1);
            // "REPORTER (LONDON):", "Correspondent (Washington):": a place in the brackets says where the role reports from; no speaker's name
            if (IsPlace(tk, open + 1, colon - 1)) return null;
            return new Mention
            {
                Kind = MentionKind.Name, Start = open + 1, End = colon - 1, Next = colon, CharStart = tk[open + 1].Start, CharEnd = tk[colon - 2].End, Text = name,
                Name = name, Apposition = MentionParser.Join(tk, 0, open),
            };
        }

        /// <summary>True when the words [a, e) name a country, a capital or a city a story is filed from, as written or in capitals ("LONDON").</summary>
        private static bool IsPlace(IReadOnlyList<Token> tk, int a, int e)
        {
            var written = MentionParser.Join(tk, a, e);
            var words = new List<string>();
            for (int i = a; i < e; i++) words.Add(Casing.TitleCaseWord(tk[i].Text));
            var titled = string.Join(" ", words);
            return CountryTable.FindPlace(written) != null || CountryTable.Find(written) != null || CountryTable.FindPlace(titled) != null || CountryTable.Find(titled) != null;
        }
    }
}
