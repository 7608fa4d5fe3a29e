using IncidentTools.Text;
using System.Collections.Generic;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A rule that gives an open quotation the source of a quotation or a sentence before it: the rest of
    /// a quotation broken by its attribution, the next sentence of the same speaker, a paragraph introduced
    /// by "He said:". It reads only what stands before the quotation.
    /// </summary>
    internal interface IContinuationRule
    {
        string Name { get; }

        /// <summary>The attribution of the open quotation <paramref name="q"/>, or null; <paramref name="previous"/> is the quotation before it in its paragraph (titles and names left out).</summary>
        FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous);
    }

    /// <summary>
    /// The continuation rules, run over the quotations in document order: each open quotation gets the
    /// first rule in the list that decides it, so a chain of quotations ("“A,” he said. “B.” “C.”") and a
    /// paragraph that continues the one before are read the way a reader reads them.
    /// </summary>
    internal sealed class ContinuationPass : IAttributionRule
    {
        public ContinuationPass(params IContinuationRule[] rules) => Rules = rules;

        public IReadOnlyList<IContinuationRule> Rules { get; }

        public string Name => nameof(ContinuationPass);

        public void Apply(AttributionContext context)
        {
            QuotationRef? previous = null;
            foreach (var q in context.Document.Quotations)
            {
                if (previous != null && previous.Paragraph != q.Paragraph) previous = null;
                if (context.IsOpen(q))
                {
                    foreach (var rule in Rules)
                    {
                        var a = rule.Continue(context, q, previous);
                        if (a != null && context.Add(a)) break;
                    }
                }
                // a title or a name between two quotations of one speaker does not break the chain, nor does a term
                // quoted in the attribution after the first ("… said X, one of the “big four” negotiators. “…”")
                if (context.ExcludedBy(q) == null && !InAttributionClause(context, q, previous)) previous = q;
            }
        }

        /// <summary>
        /// The sentence before a statement <paramref name="q"/> that opens its sentence: the one before it in its paragraph, or,
        /// for a statement that opens its paragraph, the last sentence of the paragraph before (in the same section) when no
        /// quotation of the statement's paragraph has an attribution of its own. False when there is none, or when that
        /// sentence holds a quotation (it would attribute its own).
        /// </summary>
        internal static bool SentenceBefore(AttributionContext context, QuotationRef q, out AnalysedParagraph sp, out int si)
        {
            var ap = q.Paragraph;
            if (!context.Document.SentenceBefore(ap, q.Sentence, out sp, out si)) return false;
            if (sp != ap)
                foreach (var x in context.Document.QuotationsOf(ap))
                    if (context.IsAttributed(x)) return false;
            var (s, e) = sp.Sentences[si];
            for (int x = s; x < e; x++)
                if (sp.Tokens[x].IsQuote) return false;
            return true;
        }

        /// <summary>
        /// True when the open quotation <paramref name="q"/> stands in the sentence of the attributed quotation
        /// <paramref name="previous"/>, after that quotation's source and cue written after it: words of the attribution
        /// clause ("said X, one of the “big four” negotiators"), not a new quotation of the speaker.
        /// </summary>
        private static bool InAttributionClause(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || !context.IsOpen(q) || q.Sentence != previous.Sentence) return false;
            var a = context.AttributionOf(previous);
            if (a == null || a.Place != CuePlace.After || a.Source == null || a.SourceParagraph != q.Paragraph || a.ContinuesFrom != null) return false;
            return a.Source.Start > previous.Token && a.Source.Start < q.Token;
        }
    }
}
