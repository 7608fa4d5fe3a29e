using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// "“My friends,” Ortiz began.": "begin" and "start" after the quotation they open, as the manner verbs are read ("“…,” she
    /// smiled"); not a quotation that is the subject of "started", nor one before "began to …". Texts of our own.
    /// </summary>
    public class OpeningOfASpeechTests
    {
        [Theory]
        [InlineData("The storm reached Brenton on Monday. “We will rebuild the pier by spring,” Mayor Ana Ortiz began.", "We will", "Mayor Ana Ortiz")]
        [InlineData("The board met on Tuesday. “The harbour is closed until further notice,” Ortiz started.", "The harbour", "Ortiz")]
        public void TheNameAndItsVerbAfterTheQuotationOpenedIt(string body, string quote, string mention)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal("QuoteThenCue", q.Rule);
        }

        [Theory]
        [InlineData("“We played hard all night,” starting quarterback Tom Brady said.", "We played", "starting quarterback Tom Brady")]
        [InlineData("“We played hard all night,” said starting pitcher Jo Bell.", "We played", "starting pitcher Jo Bell")]
        [InlineData("“The findings are strange,” a beginning harbour inspector added.", "The findings", "a beginning harbour inspector")]
        [InlineData("At the start of the hearing, Mayor Ana Ortiz said, “The pier is closed.”", "The pier", "Mayor Ana Ortiz")]
        public void TheFormsThatDescribeOrNameAThingStayInTheirPhrase(string body, string quote, string mention)
        {
            // "starting", "beginning" and the noun "start" are no verb of the speaker's: the description or the phrase keeps them
            Assert.Equal(mention, Q(Quotes(body), quote).SpeakerMention);
        }

        [Theory]
        [InlineData("“The Harbour Act” started a long debate in the town.")]
        [InlineData("Work on the pier began in May, and “The Harbour Act” began to matter.")]
        [InlineData("The paper spoke to Jo Walker, known as “Pier Girl”, the woman who started the rumour about the harbour.")]
        public void AQuotationThatStartsSomethingIsNobodysWords(string body)
        {
            Assert.DoesNotContain(Quotes(body), q => q.SpeakerMention != null);
        }
    }
}
