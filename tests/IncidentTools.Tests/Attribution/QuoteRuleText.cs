using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Runs the attribution stage over a story written for a test (a headline and a body) and checks that
    /// every record's Source, Cue and Content offsets point at the words they name in the file.
    /// </summary>
    internal static class QuoteRuleText
    {
        public static IncidentDocument Document(TempFolder tmp, string body, string headline = "Ferry service resumes after the storm")
        {
            var file = tmp.Write("story.txt", headline + "\n\n" + body.Replace("\r\n", "\n"));
            return Assert.Single(IncidentCorpus.Load(file).Documents);
        }

        public static IReadOnlyList<IncidentAttribution> Attributions(string body, IEnumerable<PartyDefinition>? parties = null)
        {
            using var tmp = new TempFolder();
            var doc = Document(tmp, body);
            var records = AttributionFinder.Find(doc, parties);
            var text = File.ReadAllText(doc.Path);
            foreach (var a in records)
            {
                Assert.Equal(a.Content, text.Substring(a.ContentStart, a.ContentLength));
                if (a.Source != null) Assert.Equal(a.Source, text.Substring(a.SourceStart!.Value, a.SourceLength!.Value));
                if (a.Cue != null) Assert.Equal(a.Cue, text.Substring(a.CueStart!.Value, a.CueLength!.Value));
            }
            return records;
        }

        /// <summary>The quotes of a story (every quotation, attributed or not), offsets checked.</summary>
        public static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null) =>
            QuoteTestText.Quotes("Ferry service resumes after the storm", body, parties);

        /// <summary>The one quote whose text starts so.</summary>
        public static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) =>
            quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

        /// <summary>Runs one rule alone over the story (its quotation facts and grammar as in the stage) and returns what it decided.</summary>
        public static AttributionContext RunRules(string body, params IAttributionRule[] rules)
        {
            using var tmp = new TempFolder();
            var doc = Document(tmp, body);
            var context = new AttributionContext(AnalysedDocument.Of(doc), System.Array.Empty<PartyDefinition>());
            foreach (var r in rules) r.Apply(context);
            SpeakerResolution.Run(context);
            return context;
        }

        /// <summary>The attribution of the quotation whose text starts so, or null.</summary>
        public static FoundAttribution? Of(AttributionContext context, string quoteStart) =>
            context.AttributionOf(context.Document.Quotations.Single(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal)));
    }
}
