using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The SpeakerLabel rule: transcripts, interviews and headlines that name their source before a colon (texts of its own).</summary>
    public class SpeakerLabelTests
    {
        [Fact]
        public void AHeadlineGivesItsClaimToTheLabel()
        {
            var found = Run("Ortiz: Bridge Will Reopen in May, Divers ‘Confident’", "Mayor Lena Ortiz spoke to reporters on Monday.", out var ctx, new SpeakerLabel());
            var f = Assert.Single(found);
            Assert.Equal("Ortiz", f.Source);
            Assert.Equal(":", f.Cue);
            Assert.Equal("Bridge Will Reopen in May, Divers ‘Confident’", f.Content);
            Assert.Equal(AttributionKind.Mixed, f.Kind);
            Assert.Same(f.Record, ctx.AttributionOf(ctx.Document.Quotations.Single()));
        }

        [Theory]
        [InlineData("Exclusive: Bridge Will Reopen in May")]
        [InlineData("UPDATE: Bridge Will Reopen in May")]
        [InlineData("NEW: Bridge Will Reopen in May")]                        // a story highlight's tag
        [InlineData("Q&A: What the Bridge Closure Means for Kestrel")]
        [InlineData("Harbour Picks: Twelve Quiet Beaches for May")]          // a heading, not a source the story names
        [InlineData("Press release: Harbour Authority Statement on the Storm")]   // the genre of the page, not its source
        [InlineData("Headline: Harbour Will Reopen in May")]
        [InlineData("Review: Lena Marsh's 'Harbour Lights' Is a Quiet Record That Grows Louder")]   // a critic's review, the genre of the page
        public void ARubricIsNoSource(string headline) =>
            Assert.Empty(Run(headline, "The mayor spoke to reporters on Monday.", out _, new SpeakerLabel()));

        [Fact]
        public void AReportInTheHeadlineIsStillASource()
        {
            // the near miss of "Review:": a report is a document that says something
            var f = Assert.Single(Run("Report: Harbour Will Reopen in May", "The mayor spoke to reporters on Monday.", out _, new SpeakerLabel()));
            Assert.Equal("Report", f.Source);
        }

        [Fact]
        public void TranscriptLinesAreTheirSpeakersWords()
        {
            var found = Run("Mayor Lena Ortiz spoke to Radio Kestrel's Paul Brandt on Monday.\n\n" +
                            "BRANDT: When will the bridge reopen?\n\n" +
                            "ORTIZ: In May, if the divers finish their survey.\n\n" +
                            "“BRANDT: And the ferries?\n\n" +
                            "“ORTIZ: They run until then.", new SpeakerLabel());
            Assert.Equal(new[] { "BRANDT", "ORTIZ", "BRANDT", "ORTIZ" }, found.Select(f => f.Source).ToArray());
            Assert.Equal("In May, if the divers finish their survey", found[1].Content);
            Assert.Equal("They run until then.", found[3].Content);
            Assert.All(found, f => Assert.Equal(AttributionKind.Direct, f.Kind));
            Assert.Equal("Lena Ortiz", found[1].Record.Speaker?.Display);
        }

        [Fact]
        public void ANoteInCapitalsInBracketsAfterTheLabelIsNoPartOfIt()
        {
            var found = Run("Mayor Lena Ortiz spoke to Radio Kestrel's Paul Brandt on Monday.\n\n" +
                            "BRANDT: When will the bridge reopen?\n\n" +
                            "ORTIZ (RECORDED): In May, if the divers finish their survey.\n\n" +
                            "BRANDT (VOICE OVER): The divers began on Friday.", new SpeakerLabel());
            Assert.Equal(new[] { "BRANDT", "ORTIZ", "BRANDT" }, found.Select(f => f.Source).ToArray());
            Assert.Equal("In May, if the divers finish their survey", found[1].Content);
            Assert.Equal("Lena Ortiz", found[1].Record.Speaker?.Display);
            Assert.Equal("The divers began on Friday", found[2].Content);
        }

        [Theory]
        [InlineData("ORTIZ (in May): The divers will finish their survey.")]       // a note in ordinary case is no note of a transcript
        [InlineData("ORTIZ (RECORDED) said: The divers will finish their survey.")]  // words between the note and the colon
        [InlineData("HARBOUR (RECORDED): The divers will finish their survey.")]    // a label that names no one the article names
        public void ABracketedNoteNeedsALabelAndCapitals(string line) =>
            Assert.DoesNotContain(Run("Mayor Lena Ortiz spoke to reporters on Monday.\n\n" + line, new SpeakerLabel()), f => f.Content.StartsWith("The divers", System.StringComparison.Ordinal));

        [Fact]
        public void ASpeakerLabelledTwiceByTheSameSurnameIsKnown()
        {
            var found = Run("Video transcript:\n\nKATE BELL: Why not reopen the bridge?\n\nPIET MARSH: The cables are corroded.\n\n" +
                            "BELL: Since March?\n\nMARSH: Since last year.", new SpeakerLabel());
            Assert.Equal(new[] { "KATE BELL", "PIET MARSH", "BELL", "MARSH" }, found.Select(f => f.Source).ToArray());
            Assert.Equal("Kate Bell", found[2].Record.Speaker?.Display);
        }

        [Fact]
        public void QuestionsAndAnswersAreTheInterviewersAndTheInterviewees()
        {
            var found = Run("The harbour master answered our questions.\n\nQ: Is the harbour safe?\n\nA: Safer than last year.", new SpeakerLabel());
            Assert.Equal(new[] { "Q", "A" }, found.Select(f => f.Source).ToArray());
            Assert.Equal("Safer than last year", found[1].Content);
        }

        [Fact]
        public void AQuotationOfSomeoneElseInsideAnAnswerKeepsItsSpeaker()
        {
            var found = Run("The harbour master answered our questions.\n\nQ: What did the council promise?\n\n" +
                            "A: The mayor, Lena Ortiz, told the council: “The bridge will reopen in May.” Nobody believes it.", out var ctx);
            var quote = ctx.Document.Quotations.Single();
            Assert.Equal("Lena Ortiz", ctx.AttributionOf(quote)!.Speaker?.Display);
            Assert.Contains(found, f => f.Rule == "SpeakerLabel" && f.Source == "A");
        }

        [Fact]
        public void ADatelineWrittenTwiceIsNoLabel() =>
            Assert.DoesNotContain(Run("ISLAMABAD: The bridge closed in March, and the ferries are full.\n\nThe mayor spoke.\n\nISLAMABAD: The divers found corrosion.", out _), f => f.Rule == "SpeakerLabel");

        [Fact]
        public void ADatelineIsNoLabel() =>
            Assert.DoesNotContain(Run("KESTREL: The bridge closed in March, and the ferries in Kestrel are full.", out _), f => f.Rule == "SpeakerLabel");

        [Theory]
        [InlineData("NOTE: The bridge closed in March.")]           // a rubric
        [InlineData("WARNING: The bridge closed in March.")]        // capitals that name nobody in the article
        [InlineData("Two reasons: cost and safety.")]               // not a label
        public void OtherColonsAreNoLabels(string paragraph) => Assert.Empty(Run(paragraph, new SpeakerLabel()));

        [Fact]
        public void ABeliefOrJudgementOfOthersInALabelledTurnIsTheirs()
        {
            var records = QuoteRuleText.Attributions(
                "ANNA LUND, anchor: The ferries sail again tonight. Pia Stenmark joins us from the harbour. Pia?\n\n" +
                "PIA STENMARK, correspondent: Not much has changed, Anna. Senior pilots still believe the channel is unsafe.");
            Assert.Contains(records, r => r.Rule == "TranscriptSpeaker" && r.Source == "PIA STENMARK");
            Assert.Contains(records, r => r.Source == "Senior pilots" && r.Content == "the channel is unsafe");
            // within a report of the turn ("X said Y believes …") the belief stays the report's
            var inner = QuoteRuleText.Attributions(
                "ANNA LUND, anchor: The ferries sail again tonight. Pia?\n\n" +
                "PIA STENMARK, correspondent: The harbour master said the pilots believe the channel is unsafe.");
            Assert.DoesNotContain(inner, r => r.Source == "the pilots");
        }
    }
}