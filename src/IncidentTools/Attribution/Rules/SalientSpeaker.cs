using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “…,” said Foreman, who has applied for 20 jobs. He worked in construction. “It can’t get any worse.”:
    /// a quotation standing alone as a sentence, at most three sentences after an attributed quotation of one
    /// person in its paragraph, with only that person (or "they", "it") as the subject of the sentences between, is theirs.
    /// </summary>
    internal sealed class SalientSpeaker : IContinuationRule
    {
        public string Name => nameof(SalientSpeaker);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null) return null;
            var prev = context.AttributionOf(previous);
            var f = context.Facts(q);
            if (prev == null || !f.StandsAlone || !f.AtSentenceStart || f.Kind != QuoteKind.Direct || q.Sentence - previous.Sentence > 3) return null;
            var speaker = prev.Root.Source;
            if (speaker == null || !MentionFacts.IsOnePerson(speaker)) return null;
            // the sentences between: the last one with a subject must name the same person
            for (int si = q.Sentence - 1; si > previous.Sentence; si--)
            {
                var subject = context.SubjectOf(q.Paragraph, si);
                // "They also lie in a dead zone": "they" and "it" are seldom a speaker's own subject here
                if (subject == null || subject.Kind == MentionKind.Pronoun && Lexicon.Is(subject.Determiner, WordClass.GroupPronoun)) continue;
                return MentionFacts.MaySamePerson(subject, speaker) ? context.Continuing(Name, q, prev) : null;
            }
            return previous.Sentence < q.Sentence ? context.Continuing(Name, q, prev) : null;
        }
    }
}
