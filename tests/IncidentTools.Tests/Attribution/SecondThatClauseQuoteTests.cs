using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A quotation that ends a second "that" clause of a reporting verb ("X argued that the board had asked for a review
    /// and that what it got was “…”") is the reporting subject's, not the subject of a verb inside the first clause. A
    /// quotation a verb of the clause introduces itself stays that verb's. Texts of the test's own.
    /// </summary>
    public class SecondThatClauseQuoteTests
    {
        [Fact]
        public void QuotationEndingASecondThatClauseIsTheReportersOwn()
        {
            var quotes = Quotes("Councillor Ada Lund argued that the harbour board had asked for a full survey and that what " +
                                "had arrived was “a two-page memo and a shrug”.");
            Assert.Equal("Ada Lund", Q(quotes, "a two-page memo").Speaker);
        }

        [Fact]
        public void QuotationOfTheInnerVerbStaysItsSubjects()
        {
            var quotes = Quotes("Councillor Ada Lund said that the harbour master had told her “the pier will not last the winter”.");
            Assert.Equal("harbour master", Q(quotes, "the pier will").Speaker);
        }
    }
}
