using System;
using System.Collections.Generic;
using IncidentTools.Attribution;

namespace IncidentTools
{
    /// <summary>
    /// The quotations of a document, each with who said it: a view of the attribution stage
    /// (<see cref="AttributionFinder"/>). A quotation inside the content of an attribution gets that
    /// attribution's speaker, mention, cue and rule; its kind (Direct, Partial) is its own.
    /// </summary>
    public static class QuoteFinder
    {
        /// <summary>
        /// Every quotation in the document's title, highlights and body (never in removed cruft),
        /// attributed where the text says who speaks. Quotes without a speaker are included;
        /// their <see cref="IncidentQuote.Speaker"/> is null.
        /// </summary>
        public static IReadOnlyList<IncidentQuote> Find(IncidentDocument document, IEnumerable<PartyDefinition>? parties = null)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            return Quotes(AttributionPipeline.Run(document, parties));
        }

        /// <summary>The quotes of a document the attribution stage has read.</summary>
        internal static IReadOnlyList<IncidentQuote> Quotes(AttributionContext context)
        {
            var doc = context.Document.Document;
            var text = doc.SourceText;
            var result = new List<IncidentQuote>(context.Document.Quotations.Count);
            // with a manifest's parties, the side of the attribution that its claim gives too (one decision per attribution);
            // without, the party the country and organisation tables give the speaker
            var sides = Accounts.ClaimReader.SidesOf(context);
            var index = sides == null ? null : IndexOf(context.Found);
            foreach (var q in context.Document.Quotations)
            {
                var p = q.Paragraph;
                int start = q.Span.TextStart, end = q.Span.TextEnd;
                while (start < end && char.IsWhiteSpace(p.Text[start])) start++;
                while (end > start && char.IsWhiteSpace(p.Text[end - 1])) end--;
                // with no blank to trim, the quote's text is its token's (the same characters, cut out once by the tokenizer)
                var quoted = start == q.Span.TextStart && end == q.Span.TextEnd ? q.Text : p.Text.Substring(start, end - start);
                var a = context.AttributionOf(q);
                var root = a?.Root;
                var mention = a?.ShownSourceSpan;
                var speaker = a?.Speaker;
                result.Add(new IncidentQuote(
                    doc, p.Paragraph, p.LineOf(start), p.Start + start, quoted, context.Facts(q).Kind,
                    speaker?.Display, mention == null ? null : text.Substring(mention.Value.Start, mention.Value.Length), mention?.Start,
                    speaker?.RoleText, sides == null ? speaker?.Party : a == null ? null : sides[index![a]], root?.CueWords?.Text, a?.Rule ?? context.ExcludedBy(q)));
            }
            return result;
        }

        private static Dictionary<FoundAttribution, int> IndexOf(IReadOnlyList<FoundAttribution> found)
        {
            var index = new Dictionary<FoundAttribution, int>(found.Count);
            for (int i = 0; i < found.Count; i++) index[found[i]] = i;
            return index;
        }
    }
}
