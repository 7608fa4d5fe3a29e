using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Spokesperson said …", as a ministry's briefing record writes it: the voice of a body by office with a capital after
    /// "the" is the spokesperson described, a person a later "he" may stand for, not a body named "Spokesperson" (texts of its own).
    /// </summary>
    public class CapitalisedVoiceTests
    {
        [Theory]
        [InlineData("The Spokesperson said the ministry had lodged a protest. He said the talks would resume.", "Spokesperson")]
        [InlineData("The Spokesman said the ferries were stopped. He said the port would reopen on Monday.", "Spokesman")]
        public void HeStandsForTheCapitalisedSpokesperson(string body, string speaker)
        {
            var he = Attributions(body).Single(a => a.Source == "He");
            Assert.Equal(speaker, he.Speaker);
        }

        [Fact]
        public void AnotherCapitalisedSpeakerNounAfterTheStaysAName()
        {
            // near miss: "The Economist" is a publication; only the voice of a body by office is read as a description
            var found = Attributions("The Economist said the deal was dead.");
            Assert.Equal("Economist", found.Single().Speaker);
            Assert.Equal("The Economist", found.Single().Source);
        }
    }
}
