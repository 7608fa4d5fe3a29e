using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the army's press wing said": a body named by its owner's possessive and its own noun is shown whole, not as its bare
    /// head noun ("wing"). Texts written for these tests.
    /// </summary>
    public class PossessiveBodyDisplayTests
    {
        [Fact]
        public void APossessiveBodyIsShownWhole()
        {
            var quotes = QuoteTestText.Quotes("Ferry talks stall", "\"The ferries will not sail this week,\" the navy's press wing said on Monday.", null);
            Assert.Equal("navy's press wing", QuoteTestText.Q(quotes, "The ferries will not sail").Speaker);
        }

        [Fact]
        public void ADescriptionWithoutPossessiveKeepsItsDisplay()
        {
            var quotes = QuoteTestText.Quotes("Ferry talks stall", "\"The ferries will not sail this week,\" the harbour official said on Monday.", null);
            Assert.Equal("harbour official", QuoteTestText.Q(quotes, "The ferries will not sail").Speaker);
        }
    }
}
