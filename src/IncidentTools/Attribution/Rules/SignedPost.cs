using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// An embedded social-media post as a scraped page renders it: the post's words, then its signature
    /// "— Ada Lund (@adalund) May 3, 2024" (a dash, the poster's name, the account's handle in brackets,
    /// the date), ending the paragraph (markup of the embed may close it: "…&lt;/post&gt;."). The post's words
    /// are the poster's statement: one attribution whose content is the post (links at its end left out),
    /// with no reporting verb. A quotation in the post whose own sentence gave it no speaker (the rules
    /// before this one read "“…,” Bell said" inside a post as Bell's) is part of the post: the poster's, unless a dash
    /// and a name sign it ("“…” – Jo Bell http://…", quoted by the poster).
    /// Only a name or an organisation signs (not a pronoun, not a description), only with a handle: a dash and a
    /// name alone is a quotation's signature (<see cref="QuoteThenDash"/>), not a post's.
    /// </summary>
    internal sealed class SignedPost : IAttributionRule
    {
        public string Name => nameof(SignedPost);

        public void Apply(AttributionContext context)
        {
            foreach (var p in context.Document.Paragraphs)
            {
                if (p.Section != ParagraphSection.Body) continue;
                var tk = p.Tokens;
                int dash = SignatureDash(context, p, out var poster);
                if (dash < 0 || poster == null) continue;
                int from = AfterOpeningMarkup(tk);
                int to = WithoutTrailingLinks(tk, from, dash);
                if (to <= from || !ReportedSpeech.HasWords(tk, from, to)) continue;
                var content = TextSpan.FromTo(p.Start + tk[from].Start, p.Start + tk[to - 1].End);
                var kind = ReportedSpeech.HasQuote(tk, from, to) ? AttributionKind.Mixed : AttributionKind.Indirect;
                var a = new FoundAttribution(Name, p, kind, content)
                {
                    Source = poster,
                    SourceParagraph = p,
                    SourceTokens = tk,
                    Place = CuePlace.After,
                    CoversQuotationsBefore = SignedQuotationStart(p, from, to),
                };
                context.Add(a);
            }
        }

        /// <summary>
        /// The index of the dash that opens the paragraph's closing signature ("— Ada Lund (@adalund) May 3, 2024"),
        /// or -1; <paramref name="poster"/> is the signer's mention.
        /// </summary>
        private static int SignatureDash(AttributionContext context, AnalysedParagraph p, out Mention? poster)
        {
            poster = null;
            var tk = p.Tokens;
            int end = BeforeClosingMarkup(tk);
            // the handle in brackets: "(", "@adalund", ")"
            int close = -1;
            for (int i = end - 1; i >= 0 && close < 0; i--)
                if (tk[i].Is(")")) close = i;
                else if (tk[i].IsWord && !IsDatePart(tk[i]) || tk[i].Kind == TokenKind.Quote) return -1;
            if (close < 2 || !IsHandle(tk[close - 1]) || !tk[close - 2].Is("(")) return -1;
            if (!IsDate(tk, close + 1, end)) return -1;
            int open = close - 2;
            // the dash before the name: the last dash before the bracket
            int dash = open - 1;
            while (dash >= 0 && !tk[dash].IsDash && open - dash <= SignatureWords + 1) dash--;
            if (dash < 1 || !tk[dash].IsDash) return -1;
            var m = context.MentionsFor(p).Parse(tk, dash + 1, open, inverted: true);
            if (m == null || m.Start != dash + 1 || m.End != open && m.Next != open) return -1;
            if (!(m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation)) return -1;
            poster = m;
            return dash;
        }

        /// <summary>
        /// The file offset of the first quotation in [from, to) signed with a dash of its own ("“…” – Jo Bell"): the post
        /// quotes another's words, and that quotation and the ones after it are not the poster's; null when there is none.
        /// </summary>
        private static int? SignedQuotationStart(AnalysedParagraph p, int from, int to)
        {
            var tk = p.Tokens;
            for (int i = from; i + 1 < to; i++)
                if (tk[i].Kind == TokenKind.Quote && tk[i + 1].IsDash) return p.Start + tk[i].Start;
            return null;
        }

        /// <summary>How many words a poster's name may hold ("The Associated Press", "Donald J. Trump").</summary>
        private const int SignatureWords = 6;

        /// <summary>An account's handle: one word that starts with "@" ("@adalund").</summary>
        private static bool IsHandle(Token t) => t.IsWord && t.Text.Length > 1 && t.Text[0] == '@';

        /// <summary>A word of a post's date: a month's name (capitalised: "May" is no calendar word in the lexicon) or a number.</summary>
        private static bool IsDatePart(Token t) => t.Has(WordTag.Calendar) || t.IsCapitalized || char.IsDigit(t.Text[0]);

        /// <summary>True when [from, end) is empty or a date: a month's name, the day, a comma, the year ("May 3, 2024").</summary>
        private static bool IsDate(IReadOnlyList<Token> tk, int from, int end)
        {
            while (end > from && tk[end - 1].Kind == TokenKind.Punct && !tk[end - 1].Is(",")) end--;
            if (end == from) return true;
            return end - from == 4 && tk[from].IsWord && IsDatePart(tk[from]) && !char.IsDigit(tk[from].Text[0]) && char.IsDigit(tk[from + 1].Text[0]) && tk[from + 2].Is(",") && char.IsDigit(tk[from + 3].Text[0]);
        }

        /// <summary>The end of the paragraph's tokens before the markup that closes an embed and the punctuation after it ("&lt;/post&gt;.").</summary>
        internal static int BeforeClosingMarkup(IReadOnlyList<Token> tk)
        {
            int end = tk.Count;
            while (end > 0 && tk[end - 1].Kind == TokenKind.Punct && !tk[end - 1].Is(")") && !tk[end - 1].Is(">")) end--;
            if (end > 0 && tk[end - 1].Is(">"))
            {
                int lt = end - 1;
                while (lt >= 0 && !tk[lt].Is("<")) lt--;
                if (lt >= 0) end = lt;
            }
            return end;
        }

        /// <summary>The first token after the markup that opens an embed ("&lt;post id=\"…\"&gt;"), or 0.</summary>
        internal static int AfterOpeningMarkup(IReadOnlyList<Token> tk)
        {
            if (tk.Count == 0 || !tk[0].Is("<")) return 0;
            for (int i = 1; i < tk.Count; i++)
                if (tk[i].Is(">")) return i + 1;
            return 0;
        }

        /// <summary>
        /// The end of [from, to) without the links that close it: a run of tokens written without spaces between them,
        /// holding a slash ("http://t.co/x", "pic.example.com/x").
        /// </summary>
        private static int WithoutTrailingLinks(IReadOnlyList<Token> tk, int from, int to)
        {
            while (to > from)
            {
                int s = to - 1;
                while (s > from && tk[s - 1].End == tk[s].Start) s--;
                bool slash = false;
                for (int i = s; i < to && !slash; i++) slash = tk[i].Is("/");
                if (!slash) break;
                to = s;
            }
            return to;
        }
    }
}
