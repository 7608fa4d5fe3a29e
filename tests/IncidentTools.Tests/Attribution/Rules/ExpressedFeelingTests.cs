using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A quotation that names a feeling or statement one expresses ("regret", "condolences", "apologies") in the object of a
    /// verb of expressing ("offered", "conveyed", "extended"): the verb's subject's words, however short; the -ing form after
    /// a statement or a comma takes the subject of the sentence that issues it. The verb alone, or a passive, gives nothing.
    /// </summary>
    public class ExpressedFeelingTests
    {
        [Theory]
        [InlineData("The harbour's spokeswoman, Ada Lund, offered the port authority's “deepest regret” for the delays.", "deepest regret", "Ada Lund")]
        [InlineData("Mayor Jo Bell conveyed her “heartfelt condolences” to the crew's families on Monday.", "heartfelt condolences", "Jo Bell")]
        [InlineData("Councillor Ada Lund extended the council's “sincere apologies” to the passengers.", "sincere apologies", "Ada Lund")]
        [InlineData("Mayor Jo Bell issued a statement offering her “deepest sympathy” to the families.", "deepest sympathy", "Jo Bell")]
        [InlineData("From the harbour overnight: Mayor Jo Bell issued a statement offering her “deepest condolences” to the crew.", "deepest condolences", "Jo Bell")]
        [InlineData("Mayor Jo Bell visited the pier on Sunday, offering “our full support” to the crews.", "our full support", "Jo Bell")]
        public void TheSubjectExpressesTheQuotedFeeling(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("ExpressedFeeling", q.Rule);
        }

        [Theory]
        [InlineData("Mayor Jo Bell offered a “generous” settlement to the ferry union.", "generous")]                  // no feeling named: a term the writer marks
        [InlineData("Mayor Jo Bell was offered “sincere apologies” by the ferry company.", "sincere apologies")]       // a passive: the subject receives them
        [InlineData("Mayor Jo Bell extended the “temporary” ban on night crossings.", "temporary")]                    // "extended" of a time, no feeling
        public void NoFeelingOrAPassiveGivesNoSpeaker(string body, string quote)
        {
            var quotes = Quotes(body);
            Assert.DoesNotContain(quotes, q => q.Text == quote && (q.Rule == "ExpressedFeeling" || q.Speaker == "Jo Bell"));
        }
    }
}
