using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// "Ortiz said, and I quote, “…”": the writer's aside that the words come as said opens no clause of its own between the
    /// cue and the quotation (Clauses.NewClauseAfter); another clause with "I" there still does. Texts of our own.
    /// </summary>
    public class VerbatimAsideTests
    {
        [Theory]
        [InlineData("The harbour was closed for a week. Mayor Ana Ortiz said, and I quote, “The pier will reopen by May.”", "Mayor Ana Ortiz")]
        [InlineData("The harbour master told the board, and I quote: “Nobody sails until the wall is fixed.”", "The harbour master")]
        // the progressive, with its object or an adverb: ", and I'm quoting him, “…”", ", and I'm quoting again: “…”"
        [InlineData("The harbour was closed for a week. Mayor Ana Ortiz said at the meeting, and I'm quoting her, “The pier will reopen by May.”", "Mayor Ana Ortiz")]
        [InlineData("The harbour master told the board, and I’m quoting again: “Nobody sails until the wall is fixed.”", "The harbour master")]
        public void TheQuotationAfterTheAsideIsTheCuesSubjects(string body, string mention)
        {
            var q = Q(Quotes(body), "");
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal("CueBeforeQuote", q.Rule);
        }

        [Fact]
        public void AClauseOfTheWritersOwnWithMoreWordsStillTakesTheQuotation()
        {
            var quotes = Quotes("Mayor Ana Ortiz spoke for an hour, and I'm quoting from my own notes, “When will the pier reopen?”");
            Assert.DoesNotContain(quotes, q => q.SpeakerMention == "Mayor Ana Ortiz");
        }

        [Fact]
        public void AClauseOfTheWritersOwnStillTakesTheQuotation()
        {
            var quotes = Quotes("Mayor Ana Ortiz spoke for an hour, and I asked, “When will the pier reopen?”");
            Assert.DoesNotContain(quotes, q => q.SpeakerMention == "Mayor Ana Ortiz");
        }
    }
}
