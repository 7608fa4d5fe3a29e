using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Coach Tom Reyes — the man behind Harbour United's cup run — gave a short answer.": an aside between dashes after a
    /// sentence's subject (names in it or not) leaves that subject the one a "he" after the sentence stands for.
    /// </summary>
    public class DashAsideSubjectTests
    {
        [Theory]
        [InlineData(" — the man behind Harbour United's cup run — ")]
        [InlineData("—a Dockside Rovers fan since boyhood—")]
        [InlineData(" -- the former coach of Bay City and Port Vale -- ")]
        public void TheSubjectBeforeADashAsideIsTheHeAfterIt(string aside)
        {
            var quotes = Quotes("Mayor Sam Ortiz opened the new stadium on Saturday.\n\n" +
                                "Coach Tom Reyes" + aside + "gave a one-word answer on the question. “Never,” he said.");
            var q = Q(quotes, "Never");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void ADashAfterTheSubjectThatClosesNoAsideLeavesItAsItWas()
        {
            // one dash only: no aside closes, so the sentence gives no subject and the "he" stays with the one before
            var quotes = Quotes("Mayor Sam Ortiz opened the new stadium on Saturday.\n\n" +
                                "Coach Tom Reyes — of Harbour United, of course. “Never,” he said.");
            Assert.Equal("Sam Ortiz", Q(quotes, "Never").Speaker);
        }
    }
}
