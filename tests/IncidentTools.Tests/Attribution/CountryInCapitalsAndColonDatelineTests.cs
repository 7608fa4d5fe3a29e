using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A country written in capitals inside a speaker's phrase ("The US Embassy", "US officials") is no pronoun "us"; a dateline
    /// left in the text before a colon ("LAHORE (Monday): …") is no subject of its sentence (texts of their own).
    /// </summary>
    public class CountryInCapitalsAndColonDatelineTests
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

        [Theory]
        [InlineData("LAHORE (Monday): The provincial government on Monday turned down the findings of the inquiry, calling the report “short on facts”.")]
        [InlineData("PESHAWAR, Pakistan: The provincial government turned down the findings of the inquiry, calling the report “short on facts”.")]
        public void AParticipleAfterAColonDateline(string body)
        {
            var q = Q(Quotes(body), "short on facts");
            Assert.Equal("provincial government", q.Speaker);
        }

        [Fact]
        public void ASpeakersLabelIsNoDateline()
        {
            // a name in capitals before the colon is no known place: the label is not skipped as a dateline
            Assert.Equal(0, IncidentTools.Attribution.Clauses.AfterColonDateline(Tokens("REYES: The board turned it down."), 0, 8));
            Assert.Equal(5, IncidentTools.Attribution.Clauses.AfterColonDateline(Tokens("LAHORE (Monday): The board turned it down."), 0, 11));
        }

        private static System.Collections.Generic.IReadOnlyList<IncidentTools.Text.Token> Tokens(string text) =>
            IncidentTools.Text.Tokenizer.Tokenize(text, IncidentTools.Text.QuotationScanner.Scan(text));
    }
}
