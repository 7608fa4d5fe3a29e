using System.Collections.Generic;
using IncidentTools.Quotes;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// What every rule of the attribution stage reads and writes: the analysed document, the
    /// shared grammar of mentions and cues, and the attributions decided so far (with what they
    /// already cover, so that a rule touches only what is still unattributed).
    /// </summary>
    internal sealed class AttributionContext
    {
        private readonly List<FoundAttribution> _found = new List<FoundAttribution>();
        private readonly FoundAttribution?[] _byQuotation;
        private readonly HashSet<int> _usedCues = new HashSet<int>();

        public AttributionContext(AnalysedDocument document, PartyResolver parties)
        {
            Document = document;
            Parties = parties;
            Mentions = new MentionParser(parties.Organisations);
            _byQuotation = new FoundAttribution?[document.Quotations.Count];
        }

        public AnalysedDocument Document { get; }

        public PartyResolver Parties { get; }

        /// <summary>The one grammar of speaker mentions and reporting cues.</summary>
        public MentionParser Mentions { get; }

        /// <summary>The attributions decided so far, in the order they were added.</summary>
        public IReadOnlyList<FoundAttribution> Found => _found;

        /// <summary>The attribution that covers the quotation, or null while it is unattributed.</summary>
        public FoundAttribution? AttributionOf(QuotationRef quotation) => _byQuotation[quotation.Index];

        public bool IsAttributed(QuotationRef quotation) => _byQuotation[quotation.Index] != null;

        /// <summary>True when an attribution already uses the cue that starts at this file offset.</summary>
        public bool IsCueUsed(int cueStart) => _usedCues.Contains(cueStart);

        /// <summary>
        /// Adds an attribution. Quotations it lists that another attribution already covers are
        /// dropped from it (the earlier rule wins); returns false, adding nothing, when it covered
        /// only such quotations or its cue is already used.
        /// </summary>
        public bool Add(FoundAttribution attribution)
        {
            if (attribution.Cue is { } cue && attribution.ContinuesFrom == null && _usedCues.Contains(cue.Start)) return false;
            bool hadQuotes = attribution.Quotations.Count > 0;
            attribution.Quotations.RemoveAll(q => _byQuotation[q.Index] != null);
            if (hadQuotes && attribution.Quotations.Count == 0) return false;
            foreach (var q in attribution.Quotations) _byQuotation[q.Index] = attribution;
            if (attribution.Cue is { } c && attribution.ContinuesFrom == null) _usedCues.Add(c.Start);
            _found.Add(attribution);
            return true;
        }
    }
}
