using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A woman, who asked not to be named, said, “…”": a relative aside after a description whose own verb is one of
    /// saying, closed by a comma with the cue right after it, is an aside; the description is the speaker. Not when the
    /// word after the comma is a participle in -ing (no verb of the description's to take).
    /// </summary>
    public class RelativeAsideBeforeCueTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("A woman, who asked not to be named, said, “I am afraid.”", "woman")]
        [InlineData("A fisherman, who said he had voted for the plan, told reporters: “I was wrong.”", "fisherman")]
        public void TheDescriptionBeforeTheRelativeAsideIsTheSpeaker(string body, string speaker)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void AParticipleAfterTheAsideGivesTheQuoteNoSpeakerFromIt()
        {
            var quotes = Quotes(Opening + "A woman, who asked not to be named, calling it “a disgrace” as she left.");
            Assert.DoesNotContain(quotes, q => q.Speaker == "woman" && q.Cue == "calling");
        }
    }
}
