using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Mark Addison, then her private secretary, said …", "Ada Lund, also a member of the board, said …": an adverb of a
    /// role ("then", "also", "now") before a determiner, in a phrase closed by a comma, opens an apposition of the name
    /// before it; the name speaks, not the description. Without the closing comma "then" starts a clause of its own.
    /// </summary>
    public class RoleAdverbAppositionTests
    {
        [Fact]
        public void ANameBeforeThenOrAlsoAndARoleSpeaks()
        {
            var quotes = Quotes("In a memo dated March 18, Mark Addison, then her private secretary, said the plan would bring “lower standards.”\n\n" +
                                "Ada Lund, also a member of the ferry board, said the plan was “reckless” on Monday.");
            var first = Q(quotes, "lower standards");
            Assert.Equal("Mark Addison", first.Speaker);
            Assert.Equal("Mark Addison", first.SpeakerMention);
            Assert.Equal("Ada Lund", Q(quotes, "reckless").Speaker);
        }

        [Fact]
        public void ANameBeforeThenAndATitleWithoutDeterminerSpeaks()
        {
            // "then Secretary of State", "now Deputy Mayor": a title written bare after the adverb is the name's role, not the speaker
            var quotes = Quotes("The ferry talks resumed after Mark Addison, then Secretary of State, said: “We regret the delays.”\n\n" +
                                "Ada Lund, now Deputy Mayor, said the plan was “reckless” on Monday.");
            var first = Q(quotes, "We regret");
            Assert.Equal("Mark Addison", first.Speaker);
            Assert.Equal("Mark Addison", first.SpeakerMention);
            Assert.Equal("CueRightBeforeQuote", first.Rule);
            Assert.Equal("Ada Lund", Q(quotes, "reckless").Speaker);
        }

        [Fact]
        public void ThenAndATitleBeforeTheVerbStartAClauseOfItsOwn()
        {
            // no comma closes "then Mayor Lena Ortiz": she is the subject of her own clause, no apposition of Tom Reyes
            var quotes = Quotes("The crowd cheered Tom Reyes for an hour, then Mayor Lena Ortiz said the plan was “dead on arrival.”");
            var q = Q(quotes, "dead on arrival");
            Assert.Equal("Lena Ortiz", q.Speaker);
        }

        [Fact]
        public void ThenWithoutAClosingCommaStartsAClauseOfItsOwn()
        {
            var quotes = Quotes("The crowd cheered Tom Reyes for an hour, then the mayor said the plan was “dead on arrival.”");
            var q = Q(quotes, "dead on arrival");
            Assert.NotEqual("Tom Reyes", q.Speaker);
            Assert.Equal("mayor", q.Speaker);
        }
    }
}
