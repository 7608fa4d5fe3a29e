using System.Collections.Generic;
using IncidentTools.Quotes;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// The attribution stage: the rules in order (most reliable first), then speaker resolution
    /// (mention to speaker, in document order) and parties. The one place where the order of the
    /// rules is written.
    /// </summary>
    internal static class AttributionPipeline
    {
        /// <summary>The rules, in the order they run.</summary>
        public static readonly IReadOnlyList<IAttributionRule> Rules = new IAttributionRule[]
        {
        };

        /// <summary>Runs every rule over the document and returns what they decided, in the order they were added.</summary>
        public static AttributionContext Run(IncidentDocument document, IEnumerable<PartyDefinition>? parties)
        {
            var context = new AttributionContext(AnalysedDocument.Of(document), new PartyResolver(parties));
            foreach (var rule in Rules) rule.Apply(context);
            return context;
        }
    }
}
