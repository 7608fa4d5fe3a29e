using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb of the mind that knows a skill, a person or a topic, or muses about a topic, reports no proposition
    /// ("knows how to dance", "know to check that …", "know someone who …", "think about the big number"); with a clause it does
    /// (texts of its own).
    /// </summary>
    public class KnowingAndMusingTests
    {
        [Theory]
        [InlineData("Seasoned travellers know to check that the ferry is running before they set out.")]
        [InlineData("The dancers in the square really know how to dance, and the crowd loved it.")]
        [InlineData("The new coach knew what to do with the ball after the break.")]
        [InlineData("I know someone who used to believe the ferry would never close.")]
        [InlineData("Before every season, we think about the fixtures over the holidays.")]
        [InlineData("The manager is thinking about moving the match to a bigger stadium.")]
        [InlineData("She did not know about the second contract when the vote was taken.")]
        public void NoPropositionIsNoClaim(string text) => Assert.Empty(Run(text));

        [Theory]
        [InlineData("Seasoned travellers know that the ferry is often late.", "the ferry is often late")]
        [InlineData("The dancers knew how the judges would score them.", "how the judges would score them")]
        [InlineData("I know someone was lying about the ferry.", "someone was lying about the ferry")]
        [InlineData("Officials think about 40 people were hurt in the crush.", "about 40 people were hurt in the crush")]
        [InlineData("The fans worried about the club's debts.", "about the club's debts")]
        [InlineData("The captain vowed to check every hatch before the ferry sailed.", "to check every hatch before the ferry sailed")]
        public void AClauseOrAnAmountIsContent(string text, string content)
        {
            // near misses: a clause after the verb, an amount after "about", a verb of worrying, a verb of speech before "to"
            Assert.Contains(Run(text), f => f.Content == content);
        }
    }
}
