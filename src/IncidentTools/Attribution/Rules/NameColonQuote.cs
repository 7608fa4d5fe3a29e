using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Jo Bell: “The pier will hold.”", "Here's Jo Bell in 1992: “…”": a person's name of two words or more (or a surname
    /// the document wrote in a full name before: "Bell: “…”") right before the colon that introduces a whole statement, or
    /// the source after a "from" that opens the label ("From the report: “…”", "More from Bell's blog post: “…”"), with no reporting verb before it in its
    /// sentence (or after a dash that sets the name off: "Pollsters agree - Jo Bell: “…”"); a newsletter's
    /// or a blog's way of quoting. Runs before the rules that look for a subject and a verb.
    /// </summary>
    internal sealed class NameColonQuote : QuotationRule
    {
        public override string Name => nameof(NameColonQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            var (s, _) = SentenceOf(q);
            int colon = q.Token - 1;
            if (colon <= s || !tk[colon].Is(":") || context.Facts(q).Kind != QuoteKind.Direct) return null;
            // no reporting verb before the name, unless a dash sets the name off ("Pollsters agree - Jo Bell: “…”")
            int from = s;
            for (int x = colon - 1; x > s; x--)
                if (tk[x].Kind == TokenKind.Punct && (tk[x].Text == "-" || tk[x].Text == "—" || tk[x].Text == "―" || tk[x].Text == "–")) { from = x + 1; break; }
            // (in "From the report:", "More from Bell's post:" the words after "from" name the source: a verb among them is a noun)
            int label = colon;
            for (int x = from; x < colon && x <= from + 1; x++)
                if (tk[x].IsWord && tk[x].Has(WordGroup.SourceFrom)) { label = x; break; }
            // (a past form not in -ed is a verb too: "Bell broke down the costs to the paper Coast News: “…”" quotes Bell)
            for (int x = from; x < label; x++)
                if (tk[x].IsWord && (tk[x].IsVerbForm || tk[x].IsLowerWord && tk[x].Has(WordGroup.IrregularPast))) return null;
            // the name ends at the colon, or before a short "in 1992" / "on Monday"
            int end = colon;
            for (int y = colon - 1; y > s && colon - y <= 3; y--)
                if (tk[y].IsWord && tk[y].Has(WordClass.PlaceOrTimeLead)) { end = y; break; }
            // "Jo Bell, in a statement: “…”": that phrase set off from the name by a comma
            if (end < colon && end - 1 > from && tk[end - 1].Is(",")) end--;
            var parser = context.MentionsFor(ap);
            for (int x = System.Math.Max(from, end - 6); x < end; x++)
            {
                // "From the report: “…”", "More from Bell's blog post: “…”": the source after a "from" that opens the label
                bool afterFrom = x > from && tk[x - 1].IsWord && tk[x - 1].Has(WordGroup.SourceFrom) && x - 1 - from <= 1;
                if (!tk[x].IsCapitalized && !afterFrom) continue;
                var m = parser.Parse(tk, x, end, inverted: true);
                if (m == null || m.Next != end || m.IsPronoun) continue;
                if (m.Kind == MentionKind.Name && ((m.Name ?? m.Text).IndexOf(' ') > 0 || RoleBeforeName(m) || OpensLabel(tk, from, x) && WrittenInFullBefore(context, ap, m.Name ?? m.Text)) ||
                    afterFrom && (m.Kind == MentionKind.Organisation || m.Kind == MentionKind.Description))
                    return context.FromMention(Name, q, m);
            }
            return null;
        }

        /// <summary>
        /// "Reader Priya in Leeds: “…”", "Gen. Abbas: “…”": a one-word name with a title or a role noun written before it in the
        /// mention is a person's, as a name of two words is (a bare "Washington:" or "Update:" is not).
        /// </summary>
        private static bool RoleBeforeName(Mention m)
        {
            if (m.Name == null || m.Name.IndexOf(' ') >= 0 || !m.Text.EndsWith(" " + m.Name, System.StringComparison.Ordinal)) return false;
            if (m.Title != null) return true;
            var before = m.Text.Substring(0, m.Text.Length - m.Name.Length - 1);
            return Lexicon.IsSpeakerNoun(before.Substring(before.LastIndexOf(' ') + 1), out _, out _);
        }

        /// <summary>
        /// The single word at x is the whole label: it opens it ("Bell: “…”"), or follows its "from" ("More from Bell:") or a
        /// "Here's" that opens it ("Here's Bell in 1992:"); not the object of the clause before the colon ("McConnell
        /// delivered a blunt message to Trump:").
        /// </summary>
        private static bool OpensLabel(IReadOnlyList<Token> tk, int from, int x) =>
            x == from || x > from && tk[x - 1].IsWord && tk[x - 1].Has(WordGroup.SourceFrom) ||
            // one word of the construction, in its two spellings of the apostrophe
            x == from + 1 && tk[from].Has(WordGroup.Presentative);

        /// <summary>
        /// "Bell: “…”" after "Jo Bell" in an earlier paragraph: a single word is a name of the label's kind only when the
        /// document wrote it as the last word of a full name before (never "Update:", "Note:", "Washington:").
        /// </summary>
        private static bool WrittenInFullBefore(AttributionContext context, AnalysedParagraph ap, string word)
        {
            if (word.IndexOf(' ') >= 0) return false;
            foreach (var p in context.Document.Paragraphs)
            {
                if (p.Index >= ap.Index) break;
                var tk = p.Tokens;
                for (int k = 1; k < tk.Count; k++)
                    if (tk[k].IsWord && string.Equals(tk[k].Text, word, System.StringComparison.Ordinal) && tk[k - 1].IsCapitalized && !tk[k - 1].EndsInApostropheS &&
                        !tk[k - 1].Has(WordTag.Function | WordTag.NotName | WordTag.NotNameStart))
                        return true;
            }
            return false;
        }
    }
}
