using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A rule that reads one open quotation at a time (in document order) and may attribute it, or
    /// decide that it is nobody's words. Open: neither attributed nor excluded by an earlier rule.
    /// </summary>
    internal abstract class QuotationRule : IAttributionRule
    {
        public abstract string Name { get; }

        public void Apply(AttributionContext context)
        {
            foreach (var q in context.Document.Quotations)
            {
                if (!context.IsOpen(q)) continue;
                var a = Decide(context, q);
                if (a != null) context.Add(a);
            }
        }

        /// <summary>The attribution of the open quotation, or null (a rule that excludes calls <see cref="AttributionContext.Exclude"/> and returns null).</summary>
        protected abstract FoundAttribution? Decide(AttributionContext context, QuotationRef q);

        /// <summary>The tokens of the quotation's paragraph.</summary>
        protected static IReadOnlyList<Token> TokensOf(QuotationRef q) => q.Paragraph.Tokens;

        /// <summary>The token range [Start, End) of the quotation's sentence.</summary>
        protected static (int Start, int End) SentenceOf(QuotationRef q) => q.Paragraph.Sentences[q.Sentence];

        /// <summary>An attribution from a clause, or null when there is none.</summary>
        protected FoundAttribution? From(AttributionContext context, QuotationRef q, Clause? clause) =>
            clause == null ? null : context.FromClause(Name, q, clause);
    }
}
