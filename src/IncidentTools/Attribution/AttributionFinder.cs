using System;
using System.Collections.Generic;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;

namespace IncidentTools
{
    /// <summary>
    /// Who said what in a document: the attribution stage. Ordered, named rules (a sieve, see
    /// about_IncidentTools and the README) find the source, cue and content of every attribution, quoted
    /// or reported; one resolver gives each source mention its speaker within the document; the party
    /// comes from the manifest or the country and organisation tables.
    /// </summary>
    public static class AttributionFinder
    {
        /// <summary>Every attribution of the document, in the order the rules decided them.</summary>
        public static IReadOnlyList<IncidentAttribution> Find(IncidentDocument document, IEnumerable<PartyDefinition>? parties = null)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            return Records(AttributionPipeline.Run(document, parties));
        }

        /// <summary>The names of the rules of the attribution stage, in the order they run.</summary>
        public static IReadOnlyList<string> RuleNames => new List<string>(AttributionPipeline.RuleNames);

        /// <summary>
        /// The records of a document the attribution stage has read: built once per run, for its claims and its attributions
        /// alike (the records are read-only; a thread that built them too keeps the first ones made).
        /// </summary>
        internal static IReadOnlyList<IncidentAttribution> Records(AttributionContext context) =>
            System.Threading.Volatile.Read(ref context.Records) ??
            System.Threading.Interlocked.CompareExchange(ref context.Records, Build(context), null) ??
            context.Records!;

        private static IReadOnlyList<IncidentAttribution> Build(AttributionContext context)
        {
            var doc = context.Document.Document;
            var text = doc.SourceText;
            var result = new List<IncidentAttribution>(context.Found.Count);
            foreach (var a in context.Found)
            {
                var root = a.Root;
                var source = a.ShownSourceSpan;
                var cue = root.Cue;
                var speaker = a.Speaker;
                result.Add(new IncidentAttribution(
                    doc, a.Paragraph.Paragraph, a.Paragraph.LineOf(a.Content.Start - a.Paragraph.Start), a.Kind,
                    source == null ? null : text.Substring(source.Value.Start, source.Value.Length), source?.Start,
                    cue == null ? null : text.Substring(cue.Value.Start, cue.Value.Length), cue?.Start,
                    text.Substring(a.Content.Start, a.Content.Length), a.Content.Start,
                    speaker?.Display, speaker?.RoleText, speaker?.Party, a.Rule,
                    root.CueWords != null && root.SourceTokens != null && ReportedSpeech.IsNegatedCue(root.SourceTokens, root.CueWords.Start)));
            }
            return result;
        }
    }
}
