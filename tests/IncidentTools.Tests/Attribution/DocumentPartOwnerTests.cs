using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A part of a document that the document's own noun owns in the possessive ("the report's summary said") speaks for that
    /// document, the findings read before, never for the person quoted last. Texts of the tests' own.
    /// </summary>
    public class DocumentPartOwnerTests
    {
        private const string Story =
            "A harbour board inquiry into the ferry collision has found that both crews made errors. Ada Lund, a maritime lawyer in " +
            "Dover, said the inquiry would settle little. “People will read one line,” she said.\n\n" +
            "But the report also described failures. “Poor lookout on both bridges led to the collision,” the report's summary said.";

        [Fact]
        public void TheReportsSummaryIsTheFindingsReadBeforeNotThePersonQuotedLast()
        {
            var quote = QuoteTestText.Q(QuoteTestText.Quotes("Ferry inquiry finds errors", Story, null), "Poor lookout");
            Assert.NotNull(quote.Speaker);
            Assert.NotEqual("Ada Lund", quote.Speaker);
            // the report read before (or the inquiry it stands for)
            Assert.True(quote.Speaker == "report" || quote.Speaker!.EndsWith("inquiry"), quote.Speaker);
        }

        [Fact]
        public void APersonsSummaryIsNoDocumentsPart()
        {
            // the near miss: a possessor that is no document's noun ("the lawyer's summary") is read as before
            var quote = QuoteTestText.Q(QuoteTestText.Quotes("Ferry inquiry finds errors", Story.Replace("the report's summary", "the lawyer's summary"), null), "Poor lookout");
            Assert.DoesNotContain("inquiry", quote.Speaker ?? "");
        }
    }
}
