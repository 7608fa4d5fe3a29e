using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A stance kept toward a document with no verb of saying ("has stood by the report", "stands behind its inquiry"):
    /// the phrasal cues "stand by" and "stand behind" (reporting-verbs.txt, noun-object: only before a noun phrase that opens
    /// with a determiner, a possessive or a name that owns it). Sentences of the tests' own.
    /// </summary>
    public class StandByDocumentTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        [Fact]
        public void ASideStandingByTheReportHoldsItsFindings()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pentagon has stood by the report ever since.",
                "Washington stands behind its inquiry.");
            var pentagon = corpus.Claims.Single(c => c.Content.StartsWith("the report ever since", StringComparison.Ordinal) && c.Question == "findings");
            Assert.Equal("United States", pentagon.Party);
            Assert.Equal("Findings are accurate", pentagon.Position);
            var washington = corpus.Claims.Single(c => c.Content.StartsWith("its inquiry", StringComparison.Ordinal) && c.Question == "findings");
            Assert.Equal("Findings are accurate", washington.Position);
        }

        [Fact]
        public void StandingByWithNoNounPhraseReportsNothing()
        {
            // near misses: "stood by as …" (looked on), "standing by to …" (ready)
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The guards stood by as the crowd burned the report.",
                "Rescue teams are standing by to help the wounded.");
            Assert.DoesNotContain(corpus.Claims, c => c.Cue is { } cue && cue.StartsWith("st", StringComparison.Ordinal));
        }
    
        [Fact]
        public void StandingBehindAPersonReportsNothingWhileANamesDocumentStillDoes()
        {
            // a name alone is a person stood next to ("stood behind Ada Lund on the stage"), not a document; a name that owns
            // the object ("General Vale's findings") still opens one
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The mayor looked pale as he stood behind Ada Lund on the stage.",
                "The Pentagon stood by General Tom Vale's findings.");
            Assert.DoesNotContain(corpus.Claims, c => c.Cue is { } cue && cue.StartsWith("stood behind", StringComparison.Ordinal));
            var pentagon = corpus.Claims.Single(c => c.Content.StartsWith("General Tom Vale's findings", StringComparison.Ordinal) && c.Question == "findings");
            Assert.Equal("Findings are accurate", pentagon.Position);
        }

        [Fact]
        public void ADemonstrativeOpeningTheSentenceIsTheDocumentsDeterminer()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Pentagon released the U.S. report in December.",
                "That report, written by an American general, found that the patrol had come under fire from the border.");
            var report = corpus.Claims.Single(c => c.Content.StartsWith("the patrol had come under fire", StringComparison.Ordinal) && c.Question == "first-fire");
            Assert.Equal("United States", report.Party);
            Assert.Equal("Pakistani side fired first", report.Position);
        }

        [Fact]
        public void AThatAfterAVerbOfSayingStaysItsComplementizer()
        {
            // near miss: mid-sentence "that" before a document's noun opens the clause of "said"
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pakistani general said that report was written to cover up the facts.");
            var general = corpus.Claims.Single(c => c.Content.StartsWith("report was written", StringComparison.Ordinal) || c.Content.StartsWith("that report was written", StringComparison.Ordinal));
            Assert.Equal("Pakistan", general.Party);
        }

        [Fact]
        public void StandingByAPronounGoesOnTheClauseBefore()
        {
            // "stands by it": no noun phrase after the cue, so no cue of its own; the clause of "says" runs on to it
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Pentagon says the report is complete and stands by it.");
            var pentagon = corpus.Claims.Single(c => c.Content.StartsWith("the report is complete", StringComparison.Ordinal));
            Assert.EndsWith("stands by it", pentagon.Content, StringComparison.Ordinal);
            Assert.Equal("Findings are accurate", pentagon.Position);
        }
}
}
