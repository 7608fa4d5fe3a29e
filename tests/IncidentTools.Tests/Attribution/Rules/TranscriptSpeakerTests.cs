using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The TranscriptSpeaker rule: labels with a role, labels in ordinary case, and unlabelled paragraphs of a transcript (texts of its own).</summary>
    public class TranscriptSpeakerTests
    {
        [Fact]
        public void ALabelWithARoleIsTheSpeakersLine()
        {
            var found = Run("Evening news | Rush transcript\n\n" +
                            "JO BELL, anchor: The bridge is shut. Piet Marsh is at the harbour. Piet, what happened?\n\n" +
                            "PIET MARSH, correspondent: The divers found corrosion in four cables.\n\n" +
                            "JO BELL: Thank you, Piet.", out var ctx);
            var bell = Assert.Single(found, f => f.Rule == "TranscriptSpeaker" && f.Source == "JO BELL");
            Assert.Equal("Jo Bell", bell.Record.Speaker?.Display);
            Assert.Equal(AttributionKind.Direct, bell.Kind);
            Assert.Equal("The bridge is shut. Piet Marsh is at the harbour. Piet, what happened", bell.Content);
            var marsh = Assert.Single(found, f => f.Source == "PIET MARSH");
            Assert.Equal("The divers found corrosion in four cables", marsh.Content);
            Assert.Equal("Piet Marsh", marsh.Record.Speaker?.Display);
            Assert.Equal("correspondent", marsh.Record.Speaker?.RoleText);
        }

        [Fact]
        public void LabelsInOrdinaryCaseMakeATranscript()
        {
            var found = Run("Radio Kestrel's Paul Brandt asked Mayor Lena Ortiz about the bridge.\n\n" +
                            "Paul Brandt: When will the bridge reopen?\n\n" +
                            "Ortiz: In May, if the divers finish their survey.\n\n" +
                            "Brandt: And the ferries?\n\n" +
                            "(CROSSTALK)\n\n" +
                            "Ortiz: They run every hour.", new SpeakerLabel(), new TranscriptSpeaker());
            Assert.Equal(new[] { "Paul Brandt", "Ortiz", "Brandt", "Ortiz" }, found.Select(f => f.Source).ToArray());
            Assert.Equal("Lena Ortiz", found[1].Record.Speaker?.Display);
            Assert.All(found, f => Assert.Equal(AttributionKind.Direct, f.Kind));
        }

        [Theory]
        [InlineData("Mayor Lena Ortiz spoke on Monday.\n\nOrtiz: In May, if the divers finish.")]                     // one line is no transcript
        [InlineData("Mayor Lena Ortiz and Paul Brandt ran.\n\nOrtiz: 41 percent\n\nBrandt: 38 percent")]                 // figures, not statements
        [InlineData("The port of Kestrel reopened.\n\nKestrel: ferries every hour.\n\nHarbour: closed until May.")]      // places and things, not names
        [InlineData("Mayor Lena Ortiz spoke.\n\nThe result: the bridge stays shut.\n\nThe reason: corrosion in the cables.")]
        [InlineData("Mayor Lena Ortiz and Paul Brandt ran.\n\nOrtiz: A closing surge.\n\nThe mayor has led all year.\n\nBrandt: Win in a walk.\n\nThe challenger hopes.")] // subheadings
        public void OtherColonsAreNoTranscript(string body) =>
            Assert.Empty(Run(body, new TranscriptSpeaker()));

        [Fact]
        public void AnUnlabelledParagraphBetweenLinesGoesOnWithTheLineBefore()
        {
            var found = Run("Radio Kestrel's Paul Brandt asked Mayor Lena Ortiz about the bridge.\n\n" +
                            "BRANDT: When will the bridge reopen?\n\n" +
                            "ORTIZ: In May, if the divers finish their survey.\n\n" +
                            "And the ferries will run every hour until then.\n\n" +
                            "(CROSSTALK)\n\n" +
                            "BRANDT: Thank you.\n\n" +
                            "The interview was edited for length.", out _);
            var carried = Assert.Single(found, f => f.Rule == "TranscriptSpeaker");
            Assert.Equal("And the ferries will run every hour until then", carried.Content);
            Assert.Equal("Lena Ortiz", carried.Record.Speaker?.Display);
            // after the last line nothing is carried
            Assert.DoesNotContain(found, f => f.Content.Contains("edited"));
        }

        [Fact]
        public void ABriefersTurnGoesOnBetweenThePresssQuestions()
        {
            // one named briefer and the press's question labels are a dialogue: the briefer's second paragraph is his
            var found = Run("HARBOUR BOARD - PRESS BRIEFING\n\nBriefer: Commodore Anton Varga, harbour master\n\n" +
                            "COMMODORE VARGA: Good morning. Let me begin with the collision at the north pier.\n\n" +
                            "The board has appointed an inspector, and I will not get ahead of the inspection today.\n\n" +
                            "QUESTION (HARBOUR RADIO): Was the ferry going too fast?\n\n" +
                            "The questioner did not give a name.\n\n" +
                            "COMMODORE VARGA: That is what the inspector has to find out.\n\n" +
                            "QUESTION (DAILY COURIER): When will the pier reopen?\n\n" +
                            "COMMODORE VARGA: In a week.", out _);
            var carried = Assert.Single(found, f => f.Rule == "TranscriptSpeaker");
            Assert.Equal("The board has appointed an inspector, and I will not get ahead of the inspection today", carried.Content);
            Assert.Equal("Anton Varga", carried.Record.Speaker?.Display);
            // a paragraph after a question's line is not carried: the press's label names no one
            Assert.DoesNotContain(found, f => f.Content.Contains("questioner"));
        }

        [Fact]
        public void NothingIsCarriedInAQuestionAndAnswerInterview()
        {
            var found = Run("We asked Lena Ortiz about the bridge.\n\nQ: When will the bridge reopen?\n\nA: In May.\n\nQ: And the ferries?\n\n" +
                            "A: Every hour.\n\nQ: Thanks.\n\nA: Thank you.", out _);
            Assert.DoesNotContain(found, f => f.Rule == "TranscriptSpeaker");
        }
    

        [Fact]
        public void ARubricRepeatedIsNoDialogueAndALongRunIsTheWritersOwn()
        {
            var rubric = Run("NEW: The bridge stays shut\n\nNEW: Ferries run every hour\n\nNEW: Divers found corrosion\n\n" +
                             "The harbour board met on Monday.\n\nNEW: The mayor will speak on Friday", out _);
            Assert.DoesNotContain(rubric, f => f.Rule == "TranscriptSpeaker");
            var longRun = Run("Paul Brandt asked Lena Ortiz.\n\nBRANDT: When?\n\nORTIZ: In May.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nBRANDT: Thanks.", out _);
            Assert.DoesNotContain(longRun, f => f.Rule == "TranscriptSpeaker");
        }
    }
}
