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
            var tk = p.Tokens;
            int k = HeadlineInterview.AfterOpeningQuotation(q);
            if (k < 0) return null;
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
