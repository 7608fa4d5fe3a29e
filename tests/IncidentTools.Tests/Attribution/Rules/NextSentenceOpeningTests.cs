using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>NextSentenceOpening: “A,” she said. “B” and the writer's own words to the end of the sentence.</summary>
    public class NextSentenceOpeningTests
    {
        private static IncidentTools.Attribution.AttributionContext Run(string body) =>
            RunRules(body, new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote(), new NextSentenceOpening()));

        [Fact]
        public void AStatementTheWriterFinishesIsTheSameSpeakers()
        {
            var c = Run("“The pumps are failing,” Reyes said. “They have not been serviced in years” because of the harbour budget.");
            var a = Of(c, "They have not")!;
            Assert.Equal("NextSentenceOpening", a.Rule);
            Assert.Equal("Reyes", a.Root.Source!.Text);
        }

        [Fact]
        public void AnInfinitiveOfTheWritersPhraseIsNoOtherSpeaker()
        {
            var c = Run("“Most of the crew are with us,” said Ada Lund, the union's organiser. “They agree on the pay, but they are not there yet” to strike over it.");
            Assert.Equal("Ada Lund", Of(c, "They agree")!.Root.Source!.Text);
        }

        [Fact]
        public void AVerbOrAPronounAfterTheQuotationLeavesItOpen()
        {
            var c = Run("“The pumps are failing,” Reyes said. “Trust but verify” was the motto of the old harbour board.\n\n" +
                        "“The quay is safe,” Lund said. “Nobody sails tonight” he added later.\n\n" +
                        "“We wait,” Lund said. “A storm is a storm” and a “warning” is a warning.");
            Assert.Null(Of(c, "Trust but verify"));
            Assert.NotEqual("NextSentenceOpening", Of(c, "Nobody sails")?.Rule);
            Assert.Null(Of(c, "A storm is"));
        }

        [Fact]
        public void OnlyTheSentenceRightAfterTheAttributedOne()
        {
            var c = Run("“The pumps are failing,” Reyes said. The board met on Friday. “They have not been serviced in years” because of the budget.");
            Assert.Null(Of(c, "They have not"));
        }
    }
}
