using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The pier had been sound, he maintained, and the report “remains unacceptable”": a quotation rule takes the aside's cue
    /// for the quoted words after it; the clause before the aside, joined to them by "and", is the same speaker's words, so the
    /// attribution's content holds both (ContentThenCue.JoinedBefore). Texts of the tests' own.
    /// </summary>
    public class ContentBeforeJoinedAsideTests
    {
        private const string Opening = "The harbour board met on Monday to hear the ferry report.\n\nTom Reyes, the board's engineer, spoke after the vote. ";

        [Fact]
        public void TheClauseBeforeTheAsideJoinsTheQuotedWordsAfterIt()
        {
            var a = Assert.Single(Attributions(Opening + "The pier had been sound all winter, he maintained, and the report \"remains unacceptable to us\"."),
                                  x => x.Cue == "maintained");
            Assert.Equal("Tom Reyes", a.Speaker);
            Assert.StartsWith("The pier had been sound all winter", a.Content);
            Assert.EndsWith("remains unacceptable to us", a.Content);
        }

        [Fact]
        public void TheQuoteKeepsItsSpeaker()
        {
            var q = Q(Quotes(Opening + "The pier had been sound all winter, he maintained, and the report \"remains unacceptable to us\"."), "remains unacceptable");
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Theory]
        // near misses: no coordinator in words after the aside (the quotation goes on the sentence alone); a phrase before the aside
        [InlineData("The pier had been sound all winter, he maintained, \"and the report remains unacceptable to us\".")]
        [InlineData("All winter, he maintained, and the report \"remains unacceptable to us\".")]
        public void NoJoinWithoutAPlainClauseAndACoordinator(string body)
        {
            var records = Attributions(Opening + body);
            Assert.DoesNotContain(records, x => x.Cue == "maintained" && x.Content.StartsWith("The pier") && x.Content.EndsWith("remains unacceptable to us"));
        }
    }
}
