using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueThenContent: a restrictive relative clause ("candidates who think …", "a piece that noted …") on a noun that is no
    /// one in particular gives its quoted words to no one: they are most often the main clause's scare quotes. An aside
    /// after a comma, a definite noun or a name keeps the relative pronoun as the speaker.
    /// </summary>
    public class NonspecificRelativeTests
    {
        [Theory]
        [InlineData("The harbour master opened the meeting by slamming candidates who think they can “outsource” the port to private firms.", "outsource")]
        [InlineData("The Gazette last week ran a piece that noted the new ferry plan would “cost the town dearly.”", "cost the town dearly")]
        public void TheNounOfTheClauseIsNotTheSpeaker(string body, string quote)
        {
            Assert.DoesNotContain(Quotes(body), q => q.Text.StartsWith(quote) && (q.SpeakerMention == "who" || q.SpeakerMention == "that"));
        }

        [Fact]
        public void AnAsideOrADefiniteNounKeepsTheRelativePronoun()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Contrast that with Ada Lund, who says the new plan is “perfect.”\n\n" +
                                "The council voted for the resolution which said the town “condemns the closure of the pier.”");
            Assert.Equal("who", Q(quotes, "perfect").SpeakerMention);
            Assert.Equal("Ada Lund", Q(quotes, "perfect").Speaker);
            Assert.Equal("which", Q(quotes, "condemns the closure").SpeakerMention);
        }
    }
}
