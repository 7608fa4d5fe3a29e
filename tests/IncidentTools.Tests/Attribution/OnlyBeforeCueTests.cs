using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Reyes only briefly explained …", "officials at the port not only said …", "would only say that …": "only" before a
    /// verb belongs to the verb group, as "even", "just" and "simply" do, so it is no word of the subject before it.
    /// </summary>
    public class OnlyBeforeCueTests
    {
        [Theory]
        [InlineData("Mayor Tom Reyes only briefly explained the plan for the pier.", "explained", "Mayor Tom Reyes")]
        [InlineData("Officials at the port not only said the pier was safe, but opened it to traffic.", "said", "Officials at the port")]
        [InlineData("Asked about the ferry, Ada Lund would only say that the board had met.", "say", "Ada Lund")]
        public void OnlyIsPartOfTheVerbGroup(string body, string cue, string source)
        {
            var found = Assert.Single(Attributions(body), a => a.Cue == cue);
            Assert.Equal(source, found.Source);
        }

        [Fact]
        public void OnlyBeforeANounStaysInTheSubject()
        {
            var found = Assert.Single(Attributions("The only official who spoke said the pier was safe."), a => a.Cue == "said");
            Assert.Equal("The only official who spoke", found.Source);
        }
    }
}
