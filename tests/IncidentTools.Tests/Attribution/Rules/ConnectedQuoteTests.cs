using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>ConnectedQuote: a quotation after a connective, right after an attributed quotation's sentence, is the same speaker's (texts of its own).</summary>
    public class ConnectedQuoteTests
    {
        [Theory]
        [InlineData("“The pier is a landmark,” Mayor Ada Lund said. Instead, “it has become a danger to children.”", "it has become")]
        [InlineData("“The pier is a landmark,” Mayor Ada Lund said. But “we cannot pay for it. Nobody can.”", "we cannot")]
        [InlineData("“We tried for years,” Mayor Ada Lund said on Monday. And then, “The money ran out.”", "The money")]
        public void TheConnectedQuotationIsTheSameSpeakers(string body, string quote)
        {
            var a = Of(RunRules(body, new QuoteThenCue(), new ContinuationPass(new ConnectedQuote())), quote)!;
            Assert.Equal("ConnectedQuote", a.Rule);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
        }

        [Theory]
        [InlineData("“The pier is a landmark,” Mayor Ada Lund said. But “the bridge” worries the fishermen.", "the bridge")]        // the writer's sentence goes on
        [InlineData("“The pier is a landmark,” Mayor Ada Lund said. The ferry crews disagree. But “it is rotten.”", "it is rotten")] // not the next sentence
        [InlineData("“The pier is a landmark,” Mayor Ada Lund said. Divers, however, “found rot everywhere.”", "found rot")]      // a subject of its own
        [InlineData("The pier is a landmark, the mayor thinks. But “it is rotten,” a diver said.", "it is rotten")]               // no quotation before
        public void OtherwiseNotConnected(string body, string quote) =>
            Assert.NotEqual("ConnectedQuote", Of(RunRules(body, new QuoteThenCue(), new ContinuationPass(new ConnectedQuote())), quote)?.Rule);
    }
}
