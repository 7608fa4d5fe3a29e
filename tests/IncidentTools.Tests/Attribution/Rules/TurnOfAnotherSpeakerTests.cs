using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// NextSentenceQuote: “A,” Lund said, and her husband cut in. “B”: when the sentence of the earlier quotation closes on a
    /// clause of another subject whose verb of speech ends it, the talk turns to that speaker, and the next quotation is
    /// theirs, not the first speaker's. A clause of another subject that is no turn of talk ("as the crowd cheered", "before
    /// Bell's comments", "after Bell stated an interest") leaves the quotation with the first speaker.
    /// </summary>
    public class TurnOfAnotherSpeakerTests
    {
        [Fact]
        public void TheSpeakerWhoTakesTheTurnSaysTheNextQuotation()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "“Leave it to us,” Lund said, and her husband cut in. “Do not forget the ferry, it has run since 1950.”\n\n" +
                                "“Leave it to us,” Reyes said, and his wife replied. “You always say that about the ferry.”");
            Assert.Equal("her husband", Q(quotes, "Do not forget").SpeakerMention);
            Assert.Equal("his wife", Q(quotes, "You always say").SpeakerMention);
        }

        [Fact]
        public void AnotherSubjectThatTakesNoTurnLeavesTheFirstSpeaker()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "“Leave it to us,” Bell said as the crowd cheered. “The ferry has run since 1950.”\n\n" +
                                "“Leave it to us,” Ortiz said after Bell stated an interest in the pier. “The ferry is safe.”");
            Assert.Equal("Bell", Q(quotes, "The ferry has run").SpeakerMention);
            Assert.Equal("Ortiz", Q(quotes, "The ferry is safe").SpeakerMention);
        }
    }
}
