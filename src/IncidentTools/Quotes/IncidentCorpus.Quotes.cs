using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;

namespace IncidentTools
{
    public sealed partial class IncidentCorpus
    {
        private AttributionContext[]? _runs;
        private IReadOnlyList<IncidentQuote>? _allQuotes;
        private IReadOnlyList<IncidentQuote>? _attributedQuotes;
        private IReadOnlyList<IncidentAttribution>? _attributions;

        /// <summary>The attribution stage run once per document (quotes and attributions are views of the same run).</summary>
        private IReadOnlyList<AttributionContext> Runs =>
            _runs ??= Documents.Select(d => AttributionPipeline.Run(d, Parties)).ToArray();

        /// <summary>Every attribution in the corpus (who said what, quoted or reported), document by document.</summary>
        public IReadOnlyList<IncidentAttribution> Attributions =>
            _attributions ??= Runs.SelectMany(AttributionFinder.Records).ToArray();

        /// <summary>Every attributed quotation in the corpus, document by document: a speaker resolved or a source written (as Get-IncidentQuote gives them).</summary>
        public IReadOnlyList<IncidentQuote> Quotes => GetQuotes(includeUnattributed: false);

        /// <summary>The corpus's quotations; with <paramref name="includeUnattributed"/>, those without a speaker too.</summary>
        public IReadOnlyList<IncidentQuote> GetQuotes(bool includeUnattributed)
        {
            _allQuotes ??= Runs.SelectMany(QuoteFinder.Quotes).ToArray();
            if (includeUnattributed) return _allQuotes;
            return _attributedQuotes ??= _allQuotes.Where(q => q.IsAttributed).ToArray();
        }

        /// <summary>The attributed quotes of one document, found for it alone.</summary>
        internal IReadOnlyList<IncidentQuote> AttributedQuotesOf(IncidentDocument document) =>
            QuoteFinder.Find(document, Parties).Where(q => q.Speaker != null).ToArray();
    }
}
