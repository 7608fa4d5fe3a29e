using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The union, in a statement, said, “…”": a phrase of the occasion or of the turn of the argument between a
    /// description and its cue, set off by commas, with no verb of its own, is an aside; the description is the speaker.
    /// A phrase that holds a verb is a clause of its own, and a phrase with no cue after it gives nothing.
    /// </summary>
    public class PhraseAsideBeforeCueTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("The union, in a statement, said, “The vote is a betrayal.”", "union")]
        [InlineData("The ferry company, for its part, said: “We will keep sailing.”", "ferry company")]
        public void TheDescriptionBeforeThePhraseIsTheSpeaker(string body, string speaker)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void APhraseWithAVerbOfSayingIsNoAside()
        {
            var quotes = Quotes(Opening + "A letter sent to the union, through the lawyers shows the names of the skippers, described as “reckless” by the board.");
            Assert.DoesNotContain(quotes, q => q.Speaker == "union");
        }

        [Fact]
        public void NoCueAfterThePhraseGivesNoSpeaker()
        {
            var quotes = Quotes(Opening + "The union, in a statement, the board and the mayor were all “wrong.”");
            Assert.DoesNotContain(quotes, q => q.Speaker == "union");
        }
    }
}
