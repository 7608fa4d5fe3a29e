using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Shadman says he is heartbroken. “I grew up with them.”": a quotation that stands alone as the
    /// sentence after one whose subject is one person and whose verb reports their speech or judgement ("X called him a master of deals."), or which ends
    /// with a colon after a cue) is that person's words, when that sentence attributes no quotation itself.
    /// </summary>
    internal sealed class SpeakingSubject : IContinuationRule
    {
        public string Name => nameof(SpeakingSubject);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var f = context.Facts(q);
            if (q.Sentence == 0 || !f.StandsAlone || !f.AtSentenceStart || f.Kind != QuoteKind.Direct) return null;
            var ap = q.Paragraph;
            int si = q.Sentence - 1;
            var subject = context.SubjectOf(ap, si);
            if (subject == null || !MentionFacts.IsOnePerson(subject)) return null;
            // the sentence before attributes no quotation of its own (the quotations just before q, back to that sentence)
            for (int i = q.Index - 1; i >= 0; i--)
            {
                var x = context.Document.Quotations[i];
                if (x.Paragraph != ap || x.Sentence < si) break;
                if (x.Sentence == si && context.IsAttributed(x)) return null;
            }
            var (_, e) = ap.Sentences[si];
            var tk = ap.Tokens;
            var cue = context.MentionsFor(ap).ParseCue(tk, subject.Next, e, allowAdverbs: true);
            if (cue == null || cue.Verb == null && !tk[e - 1].Is(":")) return null;
            if (!(tk[e - 1].Is(":") || cue.Verb != null && (cue.Verb.States || cue.Verb.Has(VerbTag.Naming | VerbTag.Judgement)))) return null;
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before));
        }
    }
}
