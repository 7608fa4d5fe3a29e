using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A headline that opens with one quotation and then names the interview it comes from ("“We have to rebuild”: a
    /// conversation with Lena Ortiz", "“No deal yet” — an interview with Mayor Jo Reyes"): the quotation is the words of the
    /// one interviewed, the person named after the interview noun and "with" (words.txt 'interview-noun', 'accompaniment'),
    /// that name closing the headline.
    /// </summary>
    internal sealed class HeadlineInterview : QuotationRule
    {
        public override string Name => nameof(HeadlineInterview);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            int k = AfterOpeningQuotation(q);
            if (k < 0) return null;
            if (k < tk.Count && tk[k].IsLowerWord && tk[k].Has(WordTag.Indefinite)) k++;
            if (k + 2 >= tk.Count || !tk[k].IsWord || !tk[k].Has(WordTag.InterviewNoun) || !tk[k + 1].Has(WordGroup.Accompaniment)) return null;
            k += 2;
            int end = tk.Count;
            while (end > k && tk[end - 1].Kind == TokenKind.Punct) end--;
            var m = context.MentionsFor(p).Parse(tk, k, end, inverted: true);
            if (m == null || m.Kind != MentionKind.Name || string.IsNullOrEmpty(m.Name) || m.Start != k || m.End != end) return null;
            return context.FromMention(Name, q, m);
        }

        /// <summary>
        /// In a headline that opens with the quotation <paramref name="q"/> (nothing but marks before it) followed by a colon or
        /// a dash ("“No deal yet” — …", "‘A disaster’: …"), the index of the token after that mark; -1 otherwise. Shared with
        /// <see cref="HeadlineQuoteSource"/>.
        /// </summary>
        internal static int AfterOpeningQuotation(QuotationRef q)
        {
            var p = q.Paragraph;
            if (p.Section != ParagraphSection.Title) return -1;
            var tk = p.Tokens;
            for (int i = 0; i < q.Token; i++)
                if (tk[i].Kind != TokenKind.Punct) return -1;
            int k = q.Token + 1;
            // the quotation's closing mark, then a colon or a dash
            if (k < tk.Count && tk[k].Is(",")) k++;
            if (k >= tk.Count || !(tk[k].Is(":") || tk[k].Is("-") || tk[k].Is("—") || tk[k].Is("–"))) return -1;
            return k + 1;
        }
    }
}
