using System.Collections.Generic;
using System.Linq;

namespace IncidentTools
{
    public sealed partial class IncidentCorpus
    {
        private IReadOnlyList<IncidentQuote>? _allQuotes;
        private IReadOnlyList<IncidentQuote>? _attributedQuotes;

        /// <summary>Every attributed quotation in the corpus, document by document.</summary>
        public IReadOnlyList<IncidentQuote> Quotes => GetQuotes(includeUnattributed: false);

        /// <summary>The corpus's quotations; with <paramref name="includeUnattributed"/>, those without a speaker too.</summary>
        public IReadOnlyList<IncidentQuote> GetQuotes(bool includeUnattributed)
        {
            _allQuotes ??= Documents.SelectMany(d => QuoteFinder.Find(d, Parties)).ToArray();
            if (includeUnattributed) return _allQuotes;
            return _attributedQuotes ??= _allQuotes.Where(q => q.Speaker != null).ToArray();
        }

        /// <summary>The attributed quotes of one document, found for it alone.</summary>
        internal IReadOnlyList<IncidentQuote> AttributedQuotesOf(IncidentDocument document) =>
            QuoteFinder.Find(document, Parties).Where(q => q.Speaker != null).ToArray();
    }
}
