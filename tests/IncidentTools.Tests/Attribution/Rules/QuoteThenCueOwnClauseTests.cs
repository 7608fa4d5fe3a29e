using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// QuoteThenCue when the verb after the quotation takes a clause of its own ("Asked about “the levy,” she said she saw
    /// none."): the quotation is a phrase of the clause before, not what the verb reports; the verb's own clause is the claim.
    /// </summary>
    public class QuoteThenCueOwnClauseTests
    {
        [Theory]
        [InlineData("Asked about “the harbour levy,” the mayor said she had never seen one.", "the harbour levy")]
        [InlineData("When Reyes was asked to tell the old plan from the “grand bargain,” he firmly said that the two had nothing in common.", "grand bargain")]
        [InlineData("Pressed on the “missing funds,” Lund told reporters that the audit would show where they went.", "missing funds")]
        [InlineData("Asked to tell the old plan from the “grand bargain,” he essentially said that, under both, the town pays.", "grand bargain")]
        public void AQuotationBeforeAVerbWithItsOwnClauseIsNotItsContent(string body, string quote) =>
            Assert.Null(Of(RunRules(body, new QuoteThenCue()), quote));

        [Fact]
        public void TheVerbsOwnClauseIsTheClaim()
        {
            var said = Assert.Single(Attributions("Asked about “the harbour levy,” Mayor Ada Lund said she had never seen one."), a => a.Cue == "said");
            Assert.Equal("she had never seen one", said.Content);
            Assert.Equal("Mayor Ada Lund", said.Source);
        }

        [Theory]
        [InlineData("“We will rebuild the pier,” she said that day.", "We will", "she")]              // "that" before a word of time
        [InlineData("“The pier is closed,” Lund said, adding that it would reopen in May.", "The pier", "Lund")]
        [InlineData("“The pier is closed,” said Lund, who runs the port.", "The pier", "Lund")]          // an inverted verb
        [InlineData("“The pier is closed,” she said. He said it was not.", "The pier", "she")]            // the next sentence's clause
        public void AQuotationBeforeItsOwnCueStillCounts(string body, string quote, string mention)
        {
            var found = Of(RunRules(body, new QuoteThenCue()), quote);
            Assert.NotNull(found);
            Assert.Equal(mention, found!.Source!.Text);
        }
    }
}
