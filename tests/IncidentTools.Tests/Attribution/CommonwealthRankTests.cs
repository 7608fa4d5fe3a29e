using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Titles as British and South Asian papers write them: "PM" for the prime minister, hyphenated ranks without a full stop
    /// ("Maj-Gen"), the ranks below officers in the armies of Pakistan and India ("Havildar", "Subedar Major"). The title goes
    /// to the role; the speaker is the name after it. Texts written for these tests.
    /// </summary>
    public class CommonwealthRankTests
    {
        [Theory]
        [InlineData("PM Okafor told the assembly that the ferries must sail.", "Okafor")]
        [InlineData("Maj-Gen Odun Okeke said the ferries must sail.", "Odun Okeke")]
        [InlineData("Havildar Odun Okeke, who was at the post, said the ferries must sail.", "Odun Okeke")]
        [InlineData("Subedar Major Odun Okeke said the ferries must sail.", "Odun Okeke")]
        public void TheRankIsNoPartOfTheName(string body, string speaker)
        {
            var a = Assert.Single(Attributions(body));
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("the ferries must sail", a.Content);
        }

        [Fact]
        public void AnHourInCapitalsIsNoTitle()
        {
            // near miss: "PM" after a clock time is the hour, and the day after it no name
            var a = Assert.Single(Attributions("The ferries sailed at 5 PM Tuesday, officials said."));
            Assert.Equal("officials", a.Speaker);
        }
    }
}
