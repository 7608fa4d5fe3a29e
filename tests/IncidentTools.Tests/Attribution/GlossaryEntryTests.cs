using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A who's-who or glossary of entries "Name, post — …": the entry's clauses with no subject of
    /// their own ("Told the council that …") and its "he", "she" and "his" are the head's (speaker98). Texts of the tests' own.
    /// </summary>
    public class GlossaryEntryTests
    {
        private const string Guide =
            "A guide to the people in the dispute over the pier.\n\n" +
            "THE PORT\n\n" +
            "Capt. Lena Ortiz, harbour master — The port's senior officer. Told the council that the pier had been inspected twice. Called the closure a \"needless panic.\"\n\n" +
            "Ivo Chandor, Harbour Board chair — Ordered the review and endorsed its findings. In a hearing in June he said the review \"speaks for itself.\"\n\n" +
            "THE UNION\n\n" +
            "Marta Reyes, dockers' union leader — Offered her support within hours and promised the crews would have \"every protection.\" She maintained throughout that the cranes were unsafe.\n";

        private static IReadOnlyList<IncidentQuote> GuideQuotes(string body) => Quotes("Harbour row: who's who", body, null);

        [Theory]
        [InlineData("needless panic", "Lena Ortiz")]
        [InlineData("speaks for itself", "Ivo Chandor")]
        [InlineData("every protection", "Marta Reyes")]
        public void TheEntrysHeadSpeaksItsSubjectlessAndPronounClauses(string quoted, string speaker)
        {
            Assert.Equal(speaker, Q(GuideQuotes(Guide), quoted).Speaker);
        }

        [Fact]
        public void ASubjectlessReportIsTheHeadsClaim()
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("guide.txt", "Harbour row: who's who\n\n" + Guide);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var records = AttributionFinder.Find(doc);
            var told = records.Single(r => r.Content.StartsWith("the pier had been inspected", StringComparison.Ordinal));
            Assert.Equal("Lena Ortiz", told.Speaker);
            Assert.Equal("EntryHeadSubject", told.Rule);
            var maintained = records.Single(r => r.Content.StartsWith("the cranes were unsafe", StringComparison.Ordinal));
            Assert.Equal("Marta Reyes", maintained.Speaker);
        }

        [Fact]
        public void OneDashedParagraphIsNoGuide()
        {
            // the near miss: a single "Name, post — …" paragraph is a sentence's dash, not a guide's entries
            var body = "The pier stayed shut on Friday.\n\n" +
                       "Lena Ortiz, harbour master — Told the council that the pier had been inspected twice. Called the closure a \"needless panic.\"\n";
            Assert.DoesNotContain(GuideQuotes(body), q => q.Rule == "EntryHeadSubject");
        }

        [Fact]
        public void ATranscriptsLabelsInCapitalsAreNoEntries()
        {
            var body = "LENA ORTIZ, HARBOUR MASTER: Told you so. We said the pier was \"sound.\"\n\n" +
                       "IVO CHANDOR, BOARD CHAIR: Called it \"a panic.\"\n";
            foreach (var q in GuideQuotes(body)) Assert.NotEqual("EntryHeadSubject", q.Rule);
        }
    }
}
