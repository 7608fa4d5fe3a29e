using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A country written in capitals inside a speaker's phrase ("The US Embassy", "US officials") is no pronoun "us" (texts of
    /// their own).
    /// </summary>
    public class CountryInCapitalsTests
    {
        [Fact]
        public void TheCountryInCapitalsAfterAnArticleBeforeACapitalisedWord()
        {
            var q = Q(Quotes("The US Embassy issued a short statement saying it “regrets the delays to the ferry service”."), "regrets");
            Assert.Equal("US Embassy", q.Speaker);
        }

        [Fact]
        public void TheCountryInCapitalsBeforeANoun()
        {
            var q = Q(Quotes("US officials said they “regret the delays to the ferry service”."), "regret");
            Assert.Equal("US officials", q.Speaker);
        }

        [Fact]
        public void ThePronounInCapitalsIsStillAPronounAfterAVerb()
        {
            var q = Q(Quotes("Reyes told US reporters that “we regret nothing at all”."), "we regret");
            Assert.Equal("Reyes", q.Speaker);
        }
    }
}
