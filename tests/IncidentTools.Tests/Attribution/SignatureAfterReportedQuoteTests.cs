using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue #8, wrong speakers: a dash and a name after a quotation sign it (QuoteThenDash) only when no reporting verb
    /// of the quotation's own sentence stands before it; "… insisted that … “…”--Jo Bell." is a news brief signed by its
    /// reporter, whose words are the insisting speaker's.
    /// </summary>
    public class SignatureAfterReportedQuoteTests
    {
        private const string Opening = "The harbour board met on Tuesday to discuss the winter timetable.\n\n";

        [Fact]
        public void AReportersSignatureAfterAReportedQuoteIsNoSpeaker()
        {
            var quotes = Quotes(Opening + "Harbour master Tom Baker said on Monday that the port was “still the busiest in the north.”--Anna Lund.");
            Assert.Equal("Tom Baker", Q(quotes, "still the busiest").Speaker);
        }

        [Fact]
        public void ASignatureAfterAQuoteThatOpensItsSentenceSignsIt()
        {
            // negative: the quotation stands alone before the dash
            var quotes = Quotes(Opening + "“The pier will hold through the winter.” ― Anna Lund");
            Assert.Equal("Anna Lund", Q(quotes, "The pier will hold").Speaker);
        }

        [Fact]
        public void ASignatureAfterASentenceWithNoCueSignsIt()
        {
            // negative: a reader's line with a quotation inside it and no verb of saying is still signed
            var quotes = Quotes(Opening + "And that is all the board has, “a timetable and a prayer.” ― Anna Lund");
            Assert.Equal("Anna Lund", Q(quotes, "a timetable and a prayer").Speaker);
        }
    }
}
