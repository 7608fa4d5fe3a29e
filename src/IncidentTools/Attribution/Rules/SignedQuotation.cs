using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// ""The ferry is the island's lifeline.\nAda Lund, Harwick Ferry Users."": a pull quote, a quotation that opens its
    /// line and runs on to the line's end, closed only after a short line that is its signature: a person's name (with what
    /// they are after a comma) or a description of a person ("Former harbour master Jo Bell.", "A ferry company board
    /// member."). The quoted words end as a statement does. No reporting verb: the source has no cue.
    /// The same signature on the line after a quotation that fills its own line and closes there, as lists of what people
    /// said print them (""The pier must stay open."\nJo Bell, harbour master, 3 May 2024"): the line is a name or a
    /// description of a person or a body, with what they are and when after commas, words and commas alone, and holds no
    /// verb of a sentence.
    /// </summary>
    internal sealed class SignedQuotation : QuotationRule
    {
        public override string Name => nameof(SignedQuotation);

        /// <summary>How many words a signature line may hold (a name, a title and an organisation).</summary>
        private const int SignatureWords = 12;

        /// <summary>The words a closed quotation's signature may hold past that: a date after its last comma ("26 November 2011").</summary>
        private const int DateWords = 3;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var doc = context.Document;
            // the quotation is the whole line, unclosed there, its words a statement
            bool closed = !context.Facts(q).RunsOn;
            if (q.Token != 0 || !Tokenizer.EndsStatement(q.Text) || ap.Index + 1 >= doc.Paragraphs.Count) return null;
            // closed on its line: the quotation is the whole paragraph
            if (closed && !FillsParagraph(ap.Tokens)) return null;
            var next = doc.Paragraphs[ap.Index + 1];
            var tk = next.Tokens;
            if (next.Section != ap.Section || tk.Count == 0 || !closed && !ClosesQuotation(next.Text)) return null;
            // the signature's words, then only punctuation and the closing mark
            int end = tk.Count;
            while (end > 0 && !tk[end - 1].IsWord) end--;
            if (end == 0 || !closed && end > SignatureWords + 2) return null;
            if (closed && !IsSignatureLine(tk)) return null;
            var parser = context.MentionsFor(next);
            var m = Signature(parser, tk, end, closed);
            // under a closed quotation, the line without the date after its last comma ("Jo Bell, harbour master, 3 May 2024")
            if (m == null && closed && LastComma(tk, end) is int comma and > 0) m = Signature(parser, tk, comma, closed);
            if (m == null) return null;
            context.Facts(q).Kind = QuoteKind.Direct;
            var a = context.FromMention(Name, q, m);
            a.SourceParagraph = next;
            a.SourceTokens = tk;
            return a;
        }

        /// <summary>
        /// The mention that signs the words [0, end) of the line: a name or a description (read as a subject too: "Former
        /// harbour master Jo Bell", a title before the name), then only what the person is after a comma ("Ada Lund, Harwick
        /// Ferry Users"); null when the words are no signature.
        /// </summary>
        private static Mention? Signature(MentionParser parser, System.Collections.Generic.IReadOnlyList<Token> tk, int end, bool closed)
        {
            var m = parser.Parse(tk, 0, end, inverted: true) is { } inv && inv.Start == 0 && Signs(inv, closed) ? inv : parser.Parse(tk, 0, end, inverted: false);
            if (m == null || m.Start != 0 || !Signs(m, closed)) return null;
            if (m.Next < end && !(tk[m.Next].Is(",") && QuoteThenDash.WordsAndCommas(tk, m.Next + 1, end))) return null;
            return m;
        }

        /// <summary>The index of the last comma before <paramref name="end"/>, or -1.</summary>
        private static int LastComma(System.Collections.Generic.IReadOnlyList<Token> tk, int end)
        {
            for (int x = end - 1; x >= 0; x--)
                if (tk[x].Is(",")) return x;
            return -1;
        }

        /// <summary>A signature names a person; under a closed quotation also a body ("U.S. Department of Defense, statement of 3 May").</summary>
        private static bool Signs(Mention m, bool closed) =>
            QuoteThenDash.SignsAsPerson(m) || closed && (m.Kind == MentionKind.Organisation || m.IsOrganisationHead && !m.IsDocument);

        /// <summary>The paragraph is one quotation and the punctuation after it.</summary>
        private static bool FillsParagraph(System.Collections.Generic.IReadOnlyList<Token> tk)
        {
            for (int x = 1; x < tk.Count; x++)
                if (tk[x].Kind != TokenKind.Punct) return false;
            return true;
        }

        /// <summary>
        /// A line that signs a closed quotation: words and commas alone, at least one comma between the name and what the
        /// person is ("Jo Bell, harbour master"; not "Pause." nor "Continued Bell: “…”"), no more than a signature's words and a
        /// date, and no word of a sentence's verb in it (a finite auxiliary, or a reporting verb in a form other than its -ing
        /// that is no noun: "Jo Bell, the mayor, said on Monday …" is the next sentence, not a signature).
        /// </summary>
        private static bool IsSignatureLine(System.Collections.Generic.IReadOnlyList<Token> tk)
        {
            int words = 0;
            bool comma = false;
            for (int x = 0; x < tk.Count; x++)
            {
                var t = tk[x];
                if (t.Is(",")) { comma = x > 0; continue; }
                if (!t.IsWord) return false;
                words++;
                if (t.Has(WordTag.Finite) || t.Has(WordTag.Negation)) return false;
                if (t.IsLowerWord && CueLexicon.Verb(t.Lower) is { Kind: not VerbForm.Gerund } && !CueLexicon.IsNounForm(t.Lower)) return false;
            }
            return comma && !tk[tk.Count - 1].Is(",") && words <= SignatureWords + DateWords;
        }

        /// <summary>The line ends with a closing double quotation mark (the one the quotation above waits for).</summary>
        private static bool ClosesQuotation(string text)
        {
            var t = text.TrimEnd();
            return t.Length > 1 && (t[t.Length - 1] == '"' || t[t.Length - 1] == '”');
        }
    }
}
