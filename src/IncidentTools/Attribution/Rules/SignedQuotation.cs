using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// ""The ferry is the island's lifeline.\nAda Lund, Harwick Ferry Users."": a pull quote, a quotation that opens its
    /// line and runs on to the line's end, closed only after a short line that is its signature: a person's name (with what
    /// they are after a comma) or a description of a person ("Former harbour master Jo Bell.", "A ferry company board
    /// member."). The quoted words end as a statement does. No reporting verb: the source has no cue.
    /// </summary>
    internal sealed class SignedQuotation : QuotationRule
    {
        public override string Name => nameof(SignedQuotation);

        /// <summary>How many words a signature line may hold (a name, a title and an organisation).</summary>
        private const int SignatureWords = 12;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var doc = context.Document;
            // the quotation is the whole line, unclosed there, its words a statement
            if (q.Token != 0 || !context.Facts(q).RunsOn || !Tokenizer.EndsStatement(q.Text) || ap.Index + 1 >= doc.Paragraphs.Count) return null;
            var next = doc.Paragraphs[ap.Index + 1];
            var tk = next.Tokens;
            if (next.Section != ap.Section || tk.Count == 0 || !ClosesQuotation(next.Text)) return null;
            // the signature's words, then only punctuation and the closing mark
            int end = tk.Count;
            while (end > 0 && !tk[end - 1].IsWord) end--;
            if (end == 0 || end > SignatureWords + 2) return null;
            // (read as a subject too: "Former harbour master Jo Bell", a title before the name)
            var parser = context.MentionsFor(next);
            var m = parser.Parse(tk, 0, end, inverted: true) is { } inv && inv.Start == 0 && QuoteThenDash.SignsAsPerson(inv) ? inv : parser.Parse(tk, 0, end, inverted: false);
            if (m == null || m.Start != 0 || !QuoteThenDash.SignsAsPerson(m)) return null;
            // the signature is the whole line: the mention, then what the person is after a comma ("Ada Lund, Harwick Ferry Users")
            if (m.Next < end && !(tk[m.Next].Is(",") && QuoteThenDash.WordsAndCommas(tk, m.Next + 1, end))) return null;
            context.Facts(q).Kind = QuoteKind.Direct;
            var a = context.FromMention(Name, q, m);
            a.SourceParagraph = next;
            a.SourceTokens = tk;
            return a;
        }

        /// <summary>The line ends with a closing double quotation mark (the one the quotation above waits for).</summary>
        private static bool ClosesQuotation(string text)
        {
            var t = text.TrimEnd();
            return t.Length > 1 && (t[t.Length - 1] == '"' || t[t.Length - 1] == '”');
        }
    }
}
