using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "… had this to say about the film, the release of which it blames on the president: “…”": a relative clause with a
    /// subject of its own has the relative phrase as its verb's object; a verb in it that is no verb of speech ("blames")
    /// does not take the quotation after the colon that closes the clause, so the clause's subject is not its speaker. A verb
    /// of speech there ("to which she replied: “…”") keeps it.
    /// </summary>
    public class RelativeClauseBeforeColonTests
    {
        [Fact]
        public void AVerbOfJudgingInTheRelativeClauseDoesNotTakeTheQuotation()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "On Monday, a spokesman for the port had this to say about the levy, the failure of which the board blames on the mayor: “The mayor never listens to anyone.”");
            Assert.NotEqual("the board", Q(quotes, "The mayor never listens").SpeakerMention);
        }

        [Fact]
        public void AVerbOfSpeechInTheRelativeClauseKeepsTheQuotation()
        {
            // near miss: "replied" is a verb of speech, whose words the quotation after the colon is
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Reporters asked Ada Lund about the delay, to which Lund replied on Monday: “We are ready to sail.”");
            Assert.Equal("Lund", Q(quotes, "We are ready to sail").SpeakerMention);
        }
    }
}
