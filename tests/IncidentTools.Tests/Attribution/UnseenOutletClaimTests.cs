using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Claims read wrong on outlets no rule was built on (blogs, live blogs, reviews), each cause with the wrong case refused
    /// and a right one kept (texts of our own).
    /// </summary>
    public class UnseenOutletClaimTests
    {
        [Fact]
        public void AContentEndsBeforeAParticipleOfSayingThatReportsAgain()
        {
            var found = Run("The harbour spokeswoman Ada Lund said she knew nothing about the closure, adding that the port was committed to the ferries.");
            Assert.Equal("she knew nothing about the closure", ByCue(found, "said").Content);
            Assert.Equal("the port was committed to the ferries", ByCue(found, "adding").Content);
        }

        [Theory]
        [InlineData("The harbour board denied the report, saying the ferries would run.", "denied", "the report, saying the ferries would run")]
        [InlineData("Ada Lund said the divers, who worked all night, had found the cables sound, noting the corrosion.", "said", "the divers, who worked all night, had found the cables sound, noting the corrosion")]
        public void APlainObjectOrALaterCommaKeepsTheParticiple(string sentence, string cue, string content)
        {
            // a plain object is no claim of its own (the participle says what was said); only the content's first comma ends it
            Assert.Equal(content, ByCue(Run(sentence), cue).Content);
        }

        [Fact]
        public void AContentKeepsAParticipleThatIsNoReport()
        {
            // "pointing" is no verb of saying: the clause after the comma is still what she said
            var found = Run("Ada Lund said the divers had worked all night, pointing the lamps at the cables.");
            Assert.Equal("the divers had worked all night, pointing the lamps at the cables", ByCue(found, "said").Content);
        }

        [Fact]
        public void AParticiplesContentEndsBeforeTheReportThatClosesTheSentence()
        {
            var found = Run("When the detectives questioned Ada Lund about the call, she said it was nothing, adding that she had dreamed of the storm, Officer Tom Reyes wrote.");
            Assert.Equal("she had dreamed of the storm", ByCue(found, "adding").Content);
            Assert.Equal("Officer Tom Reyes", ByCue(found, "wrote").Source);
        }

        [Fact]
        public void AParticiplesContentThatWouldBeOnlyAQuotationIsKept()
        {
            var found = Run("She said it was nothing, adding that “her dreams come true,” Officer Tom Reyes wrote.");
            Assert.Equal("“her dreams come true,” Officer Tom Reyes wrote", ByCue(found, "adding").Content);
        }

        [Fact]
        public void AParticiplesContentWithNoReportAfterItRunsToTheSentencesEnd()
        {
            var found = Run("Ada Lund left the meeting early, adding that the ferries would run on Sunday as planned.");
            Assert.Equal("the ferries would run on Sunday as planned", ByCue(found, "adding").Content);
        }

        [Theory]
        [InlineData("It feels good to vent.")]
        [InlineData("The pier closed on Monday because it felt so unsafe.")]
        public void ItWithALinkingVerbIsNoClaim(string sentence)
        {
            Assert.DoesNotContain(Run(sentence), f => f.Cue is "feels" or "felt");
        }

        [Theory]
        [InlineData("The harbour board met on Monday. It feels that the ferries should run.", "the ferries should run")]
        [InlineData("Ada Lund feels good about the repairs.", "good about the repairs")]
        public void ALinkingVerbWithAThatClauseOrAPersonIsKept(string body, string content)
        {
            Assert.Equal(content, ByCue(Run(body), "feels").Content);
        }

        [Theory]
        [InlineData("16.06 The plane made a steep climb before it crashed, according to radar data.", "The plane made a steep climb before it crashed")]
        [InlineData("04.25 Three of the divers were found together, a pilot in the search has claimed.", "Three of the divers were found together")]
        public void ALiveBlogsTimeStampIsNoPartOfTheContent(string sentence, string content)
        {
            var found = Run(sentence);
            Assert.Contains(found, f => f.Content == content);
        }

        [Fact]
        public void ANumberThatIsTheSubjectStaysInTheContent()
        {
            var found = Run("1999 was the worst year for the port, according to the harbour board.");
            Assert.Contains(found, f => f.Content == "1999 was the worst year for the port");
        }
    }
}
