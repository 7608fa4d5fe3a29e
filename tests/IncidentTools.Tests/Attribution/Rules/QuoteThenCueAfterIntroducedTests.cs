using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// QuoteThenCue after a statement that a verb of speech right before it introduces and that ends on its own "!" or "?":
    /// the capitalised clause after it opens the writer's next sentence and is not its attribution.
    /// </summary>
    public class QuoteThenCueAfterIntroducedTests
    {
        [Theory]
        [InlineData("Ada Lund wrote to the mayor on Monday, thanking him and telling him, “You are a fine leader and we need you!” He replied that it was an honour to serve.", "You are")]
        [InlineData("Then I asked the fishermen, ‘What do you want from the port?’ They said, ‘Just a dry dock.’", "What do")]
        [InlineData("Reyes turned to the board and asked: “Who will pay for the new pier?” Lund answered that the town would.", "Who will")]
        public void TheClauseAfterAnIntroducedStatementIsNotItsAttribution(string body, string quote) =>
            Assert.Null(Of(RunRules(body, new QuoteThenCue()), quote));

        [Fact]
        public void TheStatementKeepsItsIntroductionInTheStage()
        {
            var q = Q(Quotes("Reyes turned to the board and asked: “Who will pay for the new pier?” Lund answered that the town would."), "Who will");
            Assert.Equal("Reyes", q.SpeakerMention);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
        }

        [Theory]
        [InlineData("“Too late for the ferry?” Reyes asked the crew on Friday.", "Too late", "Reyes")]                        // the quotation opens its sentence
        [InlineData("The mayor told the crowd, “We will rebuild the pier!” she said on Friday.", "We will", "she")]             // lower case: the same sentence goes on
        [InlineData("The harbour master wrote in March, “The pier is unsafe.” Reyes said so too.", null, null)]               // a full stop ends the sentence anyway
        [InlineData("After the storm came the question of the pier: “Who will pay?” Reyes asked the board.", "Who will", "Reyes")] // no verb of speech introduces it
        public void ACueAfterAQuotationNobodyIntroducedStillCounts(string body, string? quote, string? mention)
        {
            var context = RunRules(body, new QuoteThenCue());
            if (quote == null)
            {
                Assert.Empty(context.Found);
                return;
            }
            Assert.Equal(mention, Of(context, quote)!.Source!.Text);
        }
    }
}
