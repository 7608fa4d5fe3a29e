using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “The pier is finished.” ― Ada Lund: a quotation signed with a dash and its speaker's name (or a
    /// description of a person), the signature ending its line, or standing alone as the next paragraph
    /// ("- Jo Bell.", "- Jo Bell, Harwick."). No reporting verb: the source has no cue.
    /// </summary>
    internal sealed class QuoteThenDash : QuotationRule
    {
        public override string Name => nameof(QuoteThenDash);

        /// <summary>The most tokens of a next paragraph that signs the quotation ("— Jo Bell, a nurse"): a longer one is text.</summary>
        private const int SignatureTokens = 12;

        /// <summary>How many characters before a line's words its dash may stand (spaces and the dash).</summary>
        private const int DashIndent = 4;

        /// <summary>How many tokens a signature line may hold before its end is looked for no further.</summary>
        private const int LineTokens = 20;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            int j = q.Token + 1;
            if (j >= tk.Count || tk.Count - j <= 2 && AllPunctuation(tk, j)) return NextParagraphSignature(context, q);
            if (j + 1 >= tk.Count || !tk[j].IsDash || LineBreakBetween(ap, q.Token, j)) return null;
            // "Reyes insisted his party was “still the first force.”--Jo Bell.": a quotation inside a sentence that reports it
            // with a verb of its own is no signed quotation; the dash signs the reporter's item, not the words quoted
            if (CueBefore(tk, SentenceOf(q).Start, q.Token)) return null;
            int end = LineEnd(ap, j + 1);
            var m = context.MentionsFor(ap).Parse(tk, j + 1, end, inverted: true);
            if (m == null || !SignsAsPerson(m)) return null;
            // the signature is the whole rest of the line ("― Jo Bell." or "― Jo Bell, a teacher in Ohio")
            int next = m.Next;
            while (next < end && tk[next].Kind == TokenKind.Punct && !tk[next].IsQuote) next++;
            if (next == end) return context.FromMention(Name, q, m);
            // "“…” – Ada Mercer, The Long Winter", "― Jo Bell, Harwick": a name, then after a comma the work or the place the
            // words come from, words and commas to the line's end
            return m.Kind == MentionKind.Name && m.Next < end && tk[m.Next].Is(",") && WordsAndCommas(tk, m.Next + 1, tk[end - 1].Is(".") ? end - 1 : end)
                ? context.FromMention(Name, q, m)
                : null;
        }

        /// <summary>True when a lower-case reporting verb stands in [from, to), before the quotation in its sentence.</summary>
        private static bool CueBefore(System.Collections.Generic.IReadOnlyList<Token> tk, int from, int to)
        {
            for (int x = from; x < to; x++)
                if (tk[x].IsLowerWord && tk[x].CueVerb != null) return true;
            return false;
        }

        /// <summary>A quotation that ends its paragraph, signed by the next paragraph alone: "- Jo Bell."</summary>
        private FoundAttribution? NextParagraphSignature(AttributionContext context, QuotationRef q)
        {
            var doc = context.Document;
            if (q.Paragraph.Index + 1 >= doc.Paragraphs.Count) return null;
            var next = doc.Paragraphs[q.Paragraph.Index + 1];
            var tk = next.Tokens;
            if (next.Section != q.Paragraph.Section || tk.Count < 1 || tk.Count > SignatureTokens) return null;
            // the dash may have been read as a list bullet and left out of the paragraph: look at the line in the file
            int first = tk[0].IsDash ? 1 : DashBeforeLine(doc.Document.SourceText, next.Start) ? 0 : -1;
            if (first < 0 || first >= tk.Count) return null;
            var m = context.MentionsFor(next).Parse(tk, first, tk.Count, inverted: true);
            // "- Jo Bell.", or with a place or what the speaker was doing after a comma: "- Jo Bell, Harwick.", "- Jo Bell, tweeting after the vote."
            if (m == null || m.Kind != MentionKind.Name || !AllPunctuation(tk, m.Next) && !(tk[m.Next].Is(",") && WordsToTheEnd(tk, m.Next + 1))) return null;
            var a = context.FromMention(Name, q, m);
            a.SourceParagraph = next;
            a.SourceTokens = tk;
            return a;
        }

        /// <summary>True when the file's line holding <paramref name="start"/> begins with a dash before it.</summary>
        private static bool DashBeforeLine(string text, int start)
        {
            for (int i = start - 1; i >= 0 && start - i <= DashIndent; i--)
            {
                char c = text[i];
                if (c == '\n' || c == '\r') return false;
                if (c == '-' || c == '―' || c == '—' || c == '–') return true;
                if (!char.IsWhiteSpace(c)) return false;
            }
            return false;
        }

        /// <summary>True when the tokens from <paramref name="from"/> on are words, then at most a closing full stop.</summary>
        private static bool WordsToTheEnd(System.Collections.Generic.IReadOnlyList<Token> tk, int from) =>
            WordsAndCommas(tk, from, tk.Count > from && tk[tk.Count - 1].Is(".") ? tk.Count - 1 : tk.Count);

        /// <summary>True when the tokens [from, end) are words and commas, at least one.</summary>
        internal static bool WordsAndCommas(System.Collections.Generic.IReadOnlyList<Token> tk, int from, int end)
        {
            if (end <= from) return false;
            for (int x = from; x < end; x++)
                if (!tk[x].IsWord && !tk[x].Is(",")) return false;
            return true;
        }

        /// <summary>A signature names a person: a name, or a description whose head is a noun for a person ("a teacher", "board member").</summary>
        internal static bool SignsAsPerson(Mention m) =>
            m.Kind == MentionKind.Name ||
            m.Kind == MentionKind.Description && !m.IsDocument && !m.IsOrganisationHead && Lexicon.IsSpeakerNoun(m.Head, out _, out _);

        private static bool AllPunctuation(System.Collections.Generic.IReadOnlyList<Token> tk, int from)
        {
            for (int x = from; x < tk.Count; x++)
                if (tk[x].Kind != TokenKind.Punct) return false;
            return true;
        }

        private static bool LineBreakBetween(AnalysedParagraph ap, int a, int b)
        {
            for (int i = ap.Tokens[a].End; i < ap.Tokens[b].Start; i++)
                if (ap.Text[i] == '\n' || ap.Text[i] == '\r') return true;
            return false;
        }

        /// <summary>The token index where the line of token k ends (the first token on the next line, or the paragraph's end).</summary>
        private static int LineEnd(AnalysedParagraph ap, int k)
        {
            var tk = ap.Tokens;
            for (int x = k + 1; x < tk.Count && x - k < LineTokens; x++)
                if (LineBreakBetween(ap, x - 1, x)) return x;
            return tk.Count;
        }
    }
}
