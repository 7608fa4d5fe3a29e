using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>TitleQuotation leaves open a closed sentence of capitalised words that goes on from an attributed statement.</summary>
    public class TitleQuotationContinuationTests
    {
        private static IncidentTools.Attribution.AttributionContext Run(string body) =>
            RunRules(body, new QuoteThenCue(), new TitleQuotation(), new ContinuationPass(new NextSentenceQuote()));

        [Fact]
        public void AShortCapitalisedSentenceAfterAnAttributedStatementIsTheSpeakers()
        {
            var c = Run("“Two people can still win the port vote,” said Ada Lund, a harbour councillor. “That’s Tom Reyes and Maria Costa.”");
            var a = Of(c, "That’s Tom")!;
            Assert.Equal("NextSentenceQuote", a.Rule);
            Assert.Equal("Ada Lund", a.Root.Source!.Text);
        }

        [Fact]
        public void ATitleInTheWritersSentenceOrWithoutAStatementBeforeStaysATitle()
        {
            var c = Run("“We loved the show,” Lund said. Her favourite is “Tidewater Nights.”\n\nThe crew watched it twice. “Tidewater Nights.”");
            // both: in the writer's sentence, and after a sentence with no statement
            Assert.Null(c.AttributionOf(c.Document.Quotations[1]));
            Assert.Null(c.AttributionOf(c.Document.Quotations[2]));
            Assert.Equal("TitleQuotation", c.ExcludedBy(c.Document.Quotations[1]));
            Assert.Equal("TitleQuotation", c.ExcludedBy(c.Document.Quotations[2]));
        }
    }
}
