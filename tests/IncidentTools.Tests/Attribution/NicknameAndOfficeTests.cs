using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The mention grammar reads a nickname in marks inside a name, and "state" before a title as part of the office.</summary>
    public class NicknameAndOfficeTests
    {
        [Theory]
        [InlineData("“The port is open,” said Rep. Ada “Skip” Lund.", "Rep. Ada “Skip” Lund")]
        [InlineData("“The port is open,” said Ada “Skip” Lund, a ferry captain.", "Ada “Skip” Lund")]
        [InlineData("“The port is open,” said Del. Ada \"Skip\" Lund.", "Del. Ada \"Skip\" Lund")]
        public void ANicknameInMarksIsPartOfTheName(string body, string mention)
        {
            var q = Q(Quotes(body), "The port is open");
            Assert.Equal(mention, q.SpeakerMention);
            // the nickname is a name, no one's words
            Assert.DoesNotContain(Quotes(body), x => x.Text == "Skip" && x.Speaker != null);
        }

        [Fact]
        public void StateBeforeATitleIsPartOfTheOfficeNotAVerb()
        {
            var q = Q(Quotes("“The port is open,” said state Sen. Ada Lund."), "The port is open");
            Assert.Equal("state Sen. Ada Lund", q.SpeakerMention);
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Fact]
        public void AQuotationBetweenNamesThatIsNoNicknameStaysAQuotation()
        {
            // a statement, and a quotation not followed by a surname, are not nicknames
            var quotes = Quotes("Ada Lund called Tom Reyes “Mr. Fix It” at the meeting. Lund said Reyes was “Not ready at all.” Harwich agreed.");
            Assert.DoesNotContain(quotes, x => x.SpeakerMention != null && x.SpeakerMention.Contains("Not ready"));
        }
    }
}
