using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The pier is “unsafe” and “falling apart,” Reyes said / The plan was a “good start” that brought
    /// “real gains,” she added: an earlier quotation of a sentence whose later quotation is attributed by a
    /// source and cue written after it is the same source's words, as the whole sentence before the cue is
    /// what the source said. The mirror of <see cref="SameSentenceQuote"/>, which reads forward from an
    /// attributed quotation; this one reads back from it. Nothing before the quotation in its sentence, nor
    /// between the two quotations, may bring in another source: a reporting verb, a relative word other than
    /// "that", a colon, semicolon, dash or bracket; nor, between them, a pronoun or "of" (a pronoun before the
    /// first is the subject of what is said: "It is “a” and “b,” she said"). Runs last, over what every other rule left
    /// open, from the end of the document, so that "“a,” “b” and “c,” he said" gives each its source.
    /// </summary>
    internal sealed class LeadingQuote : IAttributionRule
    {
        public string Name => nameof(LeadingQuote);

        public void Apply(AttributionContext context)
        {
            var all = context.Document.Quotations;
            for (int i = all.Count - 2; i >= 0; i--)
            {
                var q = all[i];
                if (!context.IsOpen(q)) continue;
                var a = Decide(context, q, all[i + 1]);
                if (a != null) context.Add(a);
            }
        }

        private FoundAttribution? Decide(AttributionContext context, QuotationRef q, QuotationRef next)
        {
            if (next.Paragraph != q.Paragraph || next.Sentence != q.Sentence) return null;
            var later = context.AttributionOf(next);
            if (later == null) return null;
            var root = later.Root;
            // the later quotation's source and cue stand after it, in this paragraph
            if (root.Source == null || root.Place != CuePlace.After || root.SourceParagraph != q.Paragraph || !ReferenceEquals(root.SourceTokens, q.Paragraph.Tokens)) return null;
            if (root.Source.Start <= next.Token) return null;
            var tk = q.Paragraph.Tokens;
            int s0 = q.Paragraph.Sentences[q.Sentence].Start;
            for (int x = s0; x < next.Token; x++)
            {
                if (x == q.Token) continue;
                var t = tk[x];
                if (t.IsQuote && x > q.Token) return null;
                if (t.Is(";") || t.Is(":") || t.Is("(") || t.Is("—") || t.Is("--")) return null;
                if (!t.IsWord) continue;
                // a reporting verb, a clause about someone named ("…, whose book features “…”"); between the
                // two quotations also another subject or an owner ("“a” and what he calls “b”", "“a” of “b”")
                if (SameSentenceQuote.BringsInClause(t)) return null;
                if (x > q.Token && (t.Has(WordTag.Pronoun) || t.Has(WordGroup.OfComplement))) return null;
            }
            return context.Continuing(Name, q, later);
        }
    }
}
