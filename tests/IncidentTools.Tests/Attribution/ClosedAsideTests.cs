using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The plan, which the board estimates would cost $40 million, would risk “…”": a cue inside a relative clause that
    /// closes before the quotation, the sentence going on past its comma with a verb, does not reach the quotation: the
    /// relative clause's subject is not its speaker. A quotation inside the relative clause keeps it.
    /// </summary>
    public class ClosedAsideTests
    {
        [Fact]
        public void ARelativeClauseThatClosesBeforeTheQuotationDoesNotGiveItsSubject()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "The mayor was asked whether the new ferry plan, which the port board estimates would cost as much as $40 million a year, would risk “sinking the city budget.”\n\n" +
                                "In a video that Judge Tom Reyes called “distasteful,” Costa expressed a wish to “sink the whole fleet.”");
            Assert.NotEqual("the port board", Q(quotes, "sinking the city budget").SpeakerMention);
            Assert.NotEqual("Judge Tom Reyes", Q(quotes, "sink the whole fleet").SpeakerMention);
        }

        [Fact]
        public void AQuotationInsideTheAsideKeepsItsSubject()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "The ferry plan, which Ada Lund called “a disgrace,” was dropped.\n\n" +
                                "The new levy, which Tom Reyes said would “sink the city,” passed on Friday.\n\n" +
                                "Maria Costa, who runs the ferry company, said the plan would “ruin the port.”\n\n" +
                                "The levy, which Jo Bell opposes, is not popular, and Bell said it was “empty.”\n\n" +
                                "The board, which Tom Reyes said on Monday was “a ruin,” met again.");
            Assert.Equal("Ada Lund", Q(quotes, "a disgrace").SpeakerMention);
            Assert.Equal("Tom Reyes", Q(quotes, "sink the city").SpeakerMention);
            Assert.Equal("Maria Costa", Q(quotes, "ruin the port").SpeakerMention);
            Assert.Equal("Bell", Q(quotes, "empty").SpeakerMention);
            Assert.Equal("Tom Reyes", Q(quotes, "a ruin").SpeakerMention);
        }
    }
}
