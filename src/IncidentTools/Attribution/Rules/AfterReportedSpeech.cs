using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The board may wait until spring, Reyes said. “The pumps will not last another winter.”": a quotation
    /// standing alone as the sentence after one that reports one person's words (reported speech, no
    /// quotation of its own) is theirs; so is the quotation that opens a paragraph after a paragraph
    /// ending so.
    /// </summary>
    internal sealed class AfterReportedSpeech : IContinuationRule
    {
        public string Name => nameof(AfterReportedSpeech);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var f = context.Facts(q);
            if (!f.StandsAlone || !f.AtSentenceStart || f.Kind != QuoteKind.Direct) return null;
            var ap = q.Paragraph;
            AnalysedParagraph sp;
            int si;
            if (q.Sentence > 0) { sp = ap; si = q.Sentence - 1; }
            else
            {
                if (ap.Index == 0) return null;
                sp = context.Document.Paragraphs[ap.Index - 1];
                if (sp.Section != ap.Section || sp.Sentences.Count == 0) return null;
                si = sp.Sentences.Count - 1;
                // the quotations of this paragraph have no attribution of their own
                foreach (var x in context.Document.QuotationsOf(ap))
                    if (context.IsAttributed(x)) return null;
            }
            var (s, e) = sp.Sentences[si];
            for (int x = s; x < e; x++)
                if (sp.Tokens[x].IsQuote) return null;
            FoundAttribution? found = null;
            foreach (var a in context.AttributionsIn(sp, si))
            {
                var src = a.Root.Source;
                if (src == null || !MentionFacts.IsOnePerson(src) || a.Root.CueWords?.Verb is { } v && !v.States) return null;
                if (found != null && found.Root != a.Root) return null;
                found = a;
            }
            return found == null ? null : context.Continuing(Name, q, found);
        }
    }
}
