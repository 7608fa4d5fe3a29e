using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A headline that is one quotation and then, after a colon or a dash, the person who said it, closing the headline
    /// ("‘We will not rebuild the pier’: Dover's harbour master", "“No deal yet” — Mayor Jo Reyes"): the quotation is that
    /// person's words. The person is a name, a titled name, or a description headed by a noun of a person (speakers.txt:
    /// "minister", "spokesman"); an organisation, a place or a topic after the colon ("‘A disaster’: the town that lost its
    /// pier") is no speaker and is left alone. Nothing but marks stands before the quotation.
    /// </summary>
    internal sealed class HeadlineQuoteSource : QuotationRule
    {
        public override string Name => nameof(HeadlineQuoteSource);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            if (p.Section != ParagraphSection.Title) return null;
            var tk = p.Tokens;
            for (int i = 0; i < q.Token; i++)
                if (tk[i].Kind != TokenKind.Punct) return null;
            int k = q.Token + 1;
            // the quotation's closing mark, then a colon or a dash
            if (k < tk.Count && tk[k].Is(",")) k++;
            if (k >= tk.Count || !(tk[k].Is(":") || tk[k].Is("-") || tk[k].Is("—") || tk[k].Is("–"))) return null;
            k++;
            int end = tk.Count;
            while (end > k && tk[end - 1].Kind == TokenKind.Punct) end--;
            if (end <= k) return null;
            var m = context.MentionsFor(p).Parse(tk, k, end, inverted: true);
            if (m == null || m.Start != k || m.End != end || !IsPerson(m)) return null;
            return context.FromMention(Name, q, m);
        }

        /// <summary>A person's name (with or without a title), or a description headed by a noun of a person ("foreign minister").</summary>
        private static bool IsPerson(Mention m) =>
            m.Kind == MentionKind.Name && !string.IsNullOrEmpty(m.Name) ||
            m.Kind == MentionKind.Description && !m.IsDocument && !m.IsOrganisationHead && !m.Plural && (!string.IsNullOrEmpty(m.Title) || Lexicon.IsSpeakerNoun(m.Head, out _, out _));
    }
}
