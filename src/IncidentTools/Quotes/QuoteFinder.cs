using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools
{
    /// <summary>
    /// Finds the quotations of a document and attributes them: the quote stage of the engine.
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
            // PLACEHOLDER (to be replaced by the real extractor): straight and curly double marks in one paragraph.
            var result = new List<IncidentQuote>();
            foreach (var p in document.AllParagraphs())
            {
                int open = -1;
                for (int i = 0; i < p.Text.Length; i++)
                {
                    char c = p.Text[i];
                    if (open < 0 && (c == '“' || c == '"')) open = i + 1;
                    else if (open >= 0 && (c == '”' || c == '"'))
                    {
                        result.Add(new IncidentQuote(document.Id, document.Path, p.Section, p.Number, p.Line, p.Start + open,
                            p.Text.Substring(open, i - open), QuoteKind.Direct, null, null, null, null, null, null));
                        open = -1;
                    }
                }
            }
            return result;
        }
    }
}
