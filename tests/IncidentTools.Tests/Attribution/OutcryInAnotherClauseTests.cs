using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A cry from the crowd inside or beside someone else's words: "When a man shouted, “…,” Reyes joked", "Reyes said,
    /// “…” — at which point the crowd chanted “…” — “…”". The cry is not the speaker's whose words stand around it.
    /// </summary>
    public class OutcryInAnotherClauseTests
    {
        [Fact]
        public void ACryInAnOpeningClauseIsNotTheMainClauseSpeakers()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "When a man in the crowd shouted, “Sink it,” Tom Reyes joked, “Not today.”\n\n" +
                                "When someone in the audience shouted, “Lund,” Reyes joked, again in a thick accent, “Amen to that.”");
            Assert.NotEqual("Reyes", Q(quotes, "Lund").SpeakerMention);
            Assert.NotEqual("Tom Reyes", Q(quotes, "Sink it").SpeakerMention);
            Assert.Equal("Tom Reyes", Q(quotes, "Not today").SpeakerMention);
        }

        [Fact]
        public void AChantBetweenDashesIsTheCrowds()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Reyes said, “The pier will reopen” — at which point the crowd chanted “Open it!” — “and the ferries will run again.”");
            Assert.NotEqual("Reyes", Q(quotes, "Open it").SpeakerMention);
            Assert.Equal("Reyes", Q(quotes, "The pier will reopen").SpeakerMention);
        }

        [Fact]
        public void ACryWithoutASubjectOfItsOwnStaysTheSpeakers()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Reyes told the crowd “The pier will reopen” and then shouted “Now!” at the board.\n\n" +
                                "Lund called the levy “a scandal” and shouted “Never again!” at the board.\n\n" +
                                "Waving signs, the protesters chanted “Sink the levy” outside.");
            Assert.Equal("Reyes", Q(quotes, "Now").SpeakerMention);
            Assert.Equal("Lund", Q(quotes, "Never again").SpeakerMention);
            Assert.Equal("the protesters", Q(quotes, "Sink the levy").SpeakerMention);
            var held = Quotes("The harbour board met on Monday.\n\nHolding signs calling Reyes “the worst mayor,” the protesters chanted “Reyes: bad for the port, bad for you.”");
            var cry = Q(held, "Reyes: bad");
            Assert.Equal("the protesters", cry.SpeakerMention);
        }
    }
}
