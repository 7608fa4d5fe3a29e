using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A quantifier of a share of people with its noun left out ("Some chanted “…”", "Many said, “…”"), right before a
    /// reporting verb, is the speaker mention; a determiner of one member ("Another …") is not read so: it may stand for
    /// another sign or post as well as another person. Invented harbour crowds.
    /// </summary>
    public class ElidedShareTests
    {
        private const string Headline = "Crowds gather at the harbour";

        [Theory]
        [InlineData("The fishermen waved flags as the ferry came in. Some chanted “Open the pier!”", "Open the pier", "Some")]
        [InlineData("The fishermen waved flags as the ferry came in. Many said, “We have waited a year for this.”", "We have waited", "Many")]
        [InlineData("The fishermen waved flags as the ferry came in. Several told reporters: “The levy is too high.”", "The levy", "Several")]
        public void TheShareIsTheSpeakerMention(string body, string quote, string mention) =>
            Assert.Equal(mention, Q(Quotes(Headline, body, null), quote).SpeakerMention);

        [Fact]
        public void AShareWithItsNounKeepsTheNoun() =>
            Assert.Equal("Some fishermen", Q(Quotes(Headline, "Some fishermen chanted “Open the pier!”", null), "Open the pier").SpeakerMention);

        [Fact]
        public void OneMemberWithItsNounLeftOutIsNoSpeaker()
        {
            var qs = Quotes(Headline, "One sign on the pier read “No levy.” Another advised, “Vote before you sail.”", null);
            Assert.NotEqual("Another", Q(qs, "Vote before").SpeakerMention);
        }

        [Fact]
        public void AQuantifierBeforeANounThatIsNoVerbIsNoSpeaker()
        {
            // "Many" before a noun is that noun's determiner; the quotation after it is a name, nobody's words
            var qs = Quotes(Headline, "Many boats carried banners reading “Open the pier.”", null);
            Assert.NotEqual("Many", Q(qs, "Open the pier").SpeakerMention);
        }
    }
}
