using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// “A,” said Jo Bell. “B” - hoping to win the vote.: a whole statement that opens the sentence after an attributed
    /// one and is followed only by the writer's words after a dash is the same speaker's; not when those words name
    /// someone or report someone's words.
    /// </summary>
    public class WritersTailQuoteTests
    {
        [Fact]
        public void AStatementBeforeTheWritersWordsAfterADashContinuesTheSpeaker()
        {
            var quotes = Quotes("“The pier is the key,” said Tom Reyes, chair of the Harbour Pilots Union. “The board has to keep it open. The pilots have to do their part” - turning up at every meeting and then voting for the plan.");
            var q = Q(quotes, "The board has to keep it open");
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("NextSentenceQuote", q.Rule);
        }

        [Fact]
        public void NotWhenTheWordsAfterTheDashNameOrReportSomeoneElse()
        {
            var quotes = Quotes("“The pier is the key,” said Tom Reyes, chair of the Harbour Pilots Union. “The board has to keep it open” - a view Ada Lund does not share.");
            Assert.NotEqual("NextSentenceQuote", Q(quotes, "The board has to keep it open").Rule);
            quotes = Quotes("“The pier is the key,” said Tom Reyes, chair of the Harbour Pilots Union. “The board has to keep it open” - as the mayor argued last week.");
            Assert.NotEqual("NextSentenceQuote", Q(quotes, "The board has to keep it open").Rule);
        }
    }
}
