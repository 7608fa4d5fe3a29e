using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "a senior officer who attended the session": an official with a relative clause that names no one and nowhere (no
    /// capitalised word) speaks, as "a senior officer" alone does, for the place the text reports from, not for the side of
    /// the speakers of the paragraph before. A clause that names a body or a place is left as it was. Texts of the test's own.
    /// </summary>
    public class PlainRelativeLocalTests
    {
        private const string Opening =
            "KARACHI, March 2: The provincial cabinet met on Monday to decide whether the port should reopen to foreign ships.\n\n" +
            "British diplomats in London said that the decision did not change their advice to shipping firms.\n\n";

        [Fact]
        public void AnOfficerWhoseClauseNamesNoOneIsOfThePlaceReportedFrom()
        {
            var quotes = Quotes(Opening +
                "A senior police officer who attended the session said the chiefs had put their doubts on record. " +
                "“Nobody asked us before the ships were turned away,” the officer told reporters.");
            Assert.Equal("Pakistan", Q(quotes, "Nobody asked us").Party);
        }

        [Fact]
        public void AnOfficerWhoseClauseNamesAPlaceIsLeftAsItWas()
        {
            var quotes = Quotes(Opening +
                "A senior police officer who attended the session in London said the chiefs had put their doubts on record. " +
                "“Nobody asked us before the ships were turned away,” the officer told reporters.");
            Assert.NotEqual("Pakistan", Q(quotes, "Nobody asked us").Party);
        }
    }
}
