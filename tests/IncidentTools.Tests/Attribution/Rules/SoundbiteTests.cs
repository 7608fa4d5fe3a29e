using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>Soundbite: a script's line naming whose recorded words come next ("SOT: ADA LUND, HARBOUR MASTER") gives them that speaker.</summary>
    public class SoundbiteTests
    {
        private static AttributionContext Run(string body) => RunRules(body, new ContinuationPass(new Soundbite()));

        private const string Script =
            "ANCHOR (ON CAM):\n\nThe ferry to Stenholm did not sail again today.\n\n" +
            "SOT: CAPT. ADA LUND, HARBOUR MASTER\n\n\"The pumps stay off until the engineers say the pier is safe.\"\n\n" +
            "(VO: THE QUAY, FILE)\n\nThe quay has been shut since the storm.\n\n" +
            "SOT: PASSENGER (NO NAME GIVEN)\n\n\"We have been waiting here for three days.\"";

        [Fact]
        public void ALineInCapitalsNamesTheSpeakerOfTheNextParagraphsQuotation()
        {
            var c = Run(Script);
            var a = Of(c, "The pumps stay")!;
            Assert.Equal("Soundbite", a.Rule);
            Assert.Equal("SOT", a.CueWords!.Text);
            // the label is read as a name is written: "CAPT. ADA LUND" as Capt. Ada Lund, with the role after the comma
            Assert.Equal("Ada Lund", a.Speaker!.Display);
            // one speaker noun, its note in brackets passed over: a description of nobody named
            var b = Of(c, "We have been")!;
            Assert.Equal("Soundbite", b.Rule);
            Assert.Equal("passenger", b.Speaker!.Display);
        }

        [Fact]
        public void AVideoScriptsSoundbiteLineWithItsLanguageNoteAndTheQuotationAfterItsColon()
        {
            var c = Run("1. Wide of the quay at dawn\n\n2. SOUNDBITE (English) Ada Lund, harbour master: \"Nobody sails until the pier is safe.\"");
            var a = Of(c, "Nobody sails")!;
            Assert.Equal("Soundbite", a.Rule);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
        }

        [Fact]
        public void TheScriptsCuesAreNobodysWordsThroughTheWholeStage()
        {
            var quotes = Quotes(Script);
            // without the rubric tags "SOT:" was a transcript label, and "Sot" the speaker of both quotations
            Assert.Equal("Ada Lund", Q(quotes, "The pumps stay").Speaker);
            Assert.Equal("passenger", Q(quotes, "We have been").Speaker);
            Assert.DoesNotContain(Attributions(Script), x => x.Speaker == "Sot");
        }

        [Theory]
        // a line of the writer's with a verb: no label
        [InlineData("SOT: the crowd chants outside the harbour office\n\n\"Open the pier!\"")]
        // no cue word: a line in capitals is no soundbite
        [InlineData("HARBOUR OFFICE, STENHOLM\n\n\"Open the pier!\"")]
        // a cue word with no speaker after it
        [InlineData("SOT:\n\n\"Open the pier!\"")]
        public void ALineThatNamesNoSpeakerGivesNone(string body) =>
            Assert.Null(Of(Run(body), "Open the pier"));
    }
}
