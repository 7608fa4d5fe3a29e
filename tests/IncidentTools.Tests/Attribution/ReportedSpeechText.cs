using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>One attribution as the tests read it: the words of its parts, as the file has them.</summary>
    internal sealed record Found(string Rule, AttributionKind Kind, string? Source, string? Cue, string Content, FoundAttribution Record)
    {
        public override string ToString() => $"{Rule}: [{Source}] [{Cue}] [{Content}] {Kind}";
    }

    /// <summary>
    /// Runs attribution rules (the reported-speech rules alone, or the whole pipeline) over a story
    /// written for a test and gives back what they found as words, after checking that every offset
    /// points at the words it names.
    /// </summary>
    internal static class ReportedSpeechText
    {
        /// <summary>The attributions the given rules find, in the order the rules run (all rules of the pipeline when none are given).</summary>
        public static IReadOnlyList<Found> Run(string body, params IAttributionRule[] rules) => Run(body, out _, rules);

        public static IReadOnlyList<Found> Run(string body, out AttributionContext context, params IAttributionRule[] rules) =>
            Run(Headline, body, out context, rules);

        /// <summary>The headline <see cref="Run(string, IAttributionRule[])"/> puts before a body.</summary>
        public const string Headline = "A headline for the test";

        /// <summary>The attributions the rules find in a story with this headline.</summary>
        public static IReadOnlyList<Found> Run(string headline, string body, out AttributionContext context, params IAttributionRule[] rules)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", headline + "\n\n" + body.Replace("\r\n", "\n") + "\n");
            var corpus = IncidentCorpus.Load(file);
            var doc = Assert.Single(corpus.Documents);
            var ctx = new AttributionContext(AnalysedDocument.Of(doc), System.Array.Empty<PartyDefinition>());
            foreach (var rule in rules.Length > 0 ? rules : AttributionPipeline.Rules) rule.Apply(ctx);
            SpeakerResolution.Run(ctx);
            context = ctx;
            var text = File.ReadAllText(file);
            var result = new List<Found>();
            foreach (var f in ctx.Found)
            {
                string? source = null, cue = null;
                if (f.Source != null)
                {
                    var sp = f.SourceParagraph ?? f.Paragraph;
                    source = text.Substring(sp.Start + f.Source.CharStart, f.Source.CharEnd - f.Source.CharStart);
                    Assert.Equal(f.Source.Text, source);
                }
                if (f.Cue is { } c) cue = text.Substring(c.Start, c.Length);
                var content = text.Substring(f.Content.Start, f.Content.Length);
                Assert.Equal(content, f.Paragraph.Text.Substring(f.Content.Start - f.Paragraph.Start, f.Content.Length));
                result.Add(new Found(f.Rule, f.Kind, source, cue, content, f));
            }
            return result;
        }

        /// <summary>The one attribution whose cue is this word.</summary>
        public static Found ByCue(IReadOnlyList<Found> found, string cue) => found.Single(f => f.Cue == cue);

        /// <summary>
        /// Asserts that <see cref="IncidentTools.Attribution.Rules.CueThenContent"/> reads the body's cue as reported speech of this source with this content,
        /// the content's offset where the words stand in the file.
        /// </summary>
        public static void AssertReportedByCueThenContent(string body, string source, string cue, string content)
        {
            var f = ByCue(Run(body, new IncidentTools.Attribution.Rules.CueThenContent()), cue);
            Assert.Equal(nameof(IncidentTools.Attribution.Rules.CueThenContent), f.Rule);
            Assert.Equal(AttributionKind.Indirect, f.Kind);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
            Assert.Equal((Headline + "\n\n" + body).IndexOf(content, StringComparison.Ordinal), f.Record.Content.Start);
        }
    }
}
