using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “The pier is finished.” ― Ada Lund: a quotation signed with a dash and its speaker's name (or a
    /// description of a person), the signature ending its line. No reporting verb: the source has no cue.
    /// </summary>
    internal sealed class QuoteThenDash : QuotationRule
    {
        public override string Name => nameof(QuoteThenDash);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            int j = q.Token + 1;
            if (j + 1 >= tk.Count || !IsDash(tk[j]) || LineBreakBetween(ap, q.Token, j)) return null;
            int end = LineEnd(ap, j + 1);
            var m = context.MentionsFor(ap).Parse(tk, j + 1, end, inverted: true);
            if (m == null || !(m.Kind == MentionKind.Name || m.Kind == MentionKind.Description && !m.IsDocument && !m.IsOrganisationHead && Lexicon.IsSpeakerNoun(m.Head, out _, out _))) return null;
            // the signature is the whole rest of the line ("― Jo Bell." or "― Jo Bell, a teacher in Ohio")
            int next = m.Next;
            while (next < end && tk[next].Kind == TokenKind.Punct && !tk[next].IsQuote) next++;
            return next == end ? context.FromMention(Name, q, m) : null;
        }

        private static bool IsDash(Token t) =>
            t.Kind == TokenKind.Punct && (t.Text == "―" || t.Text == "—" || t.Text == "–" || t.Text == "--" || t.Text == "-");

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
            for (int x = k + 1; x < tk.Count && x - k < 20; x++)
                if (LineBreakBetween(ap, x - 1, x)) return x;
            return tk.Count;
        }
    }
}
