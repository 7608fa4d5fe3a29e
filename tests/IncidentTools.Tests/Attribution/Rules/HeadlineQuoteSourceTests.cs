using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The HeadlineQuoteSource rule: "‘…’: the person who said it" as a headline (texts of its own).</summary>
    public class HeadlineQuoteSourceTests
    {
        private const string Body = "Harbour master Tom Reyes said on Monday that the town would wait for the inquiry before any work began.";

        [Fact]
        public void ADescriptionOfAPersonAfterTheColon()
        {
            var q = QuoteTestText.Quotes("‘We will not rebuild the pier’: Dover's harbour master", Body, null).Single(x => x.Text.StartsWith("We will not"));
            Assert.Equal("HeadlineQuoteSource", q.Rule);
            Assert.Equal("Dover's harbour master", q.Speaker);
        }

        [Fact]
        public void ANameAfterTheColon()
        {
            var q = QuoteTestText.Quotes("“The pier can wait”: Tom Reyes", Body, null).Single(x => x.Text.StartsWith("The pier"));
            Assert.Equal("HeadlineQuoteSource", q.Rule);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Theory]
        [InlineData("‘A disaster’: the town that lost its pier")]     // a place, no speaker
        [InlineData("‘A disaster’: Dover harbour board")]             // an organisation
        [InlineData("‘A disaster’: Reyes on the pier")]               // more than the person after it
        [InlineData("Ferries wait: ‘A disaster’ for Tom Reyes")]      // words before the quotation
        public void NotWithoutAPersonClosingTheHeadline(string headline) =>
            Assert.DoesNotContain(QuoteTestText.Quotes(headline, Body, null), q => q.Rule == "HeadlineQuoteSource");
    }
}
