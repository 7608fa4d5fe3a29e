using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A quotation right after the verb of a counted share of a group ("21 percent said “…”") or of a group of people that a
    /// word of share heads ("Most residents said “…”") is that group's, as reported speech reads the same subjects; not a share
    /// of things ("after several seconds, yelled “…”") nor a word of share alone before a verb whose form may be its noun
    /// ("Most reports said “…”"). Invented ferry polls.
    /// </summary>
    public class ShareQuoteSpeakerTests
    {
        private const string Headline = "Ferry poll splits the harbour";

        [Fact]
        public void AGroupAWordOfShareHeadsSaidIt()
        {
            var q = Q(Quotes(Headline, "Most residents said “the ferry is always late.”", null), "the ferry");
            Assert.Equal("Most residents", q.SpeakerMention);
            Assert.Equal("residents", q.Speaker);
        }

        [Fact]
        public void EachCountedShareSaidItsOwnAnswer()
        {
            var qs = Quotes(Headline, "Asked about the new fares, 21 percent said “far too high” and 14 percent said “about right.”", null);
            Assert.Equal("21 percent", Q(qs, "far too high").Speaker);
            Assert.Equal("14 percent", Q(qs, "about right").Speaker);
        }

        [Fact]
        public void AShareOfThingsSaysNothing()
        {
            var qs = Quotes(Headline, "The skipper fell in near the pier. Ada Lund said he surfaced after several seconds, yelled “Help!” and swam to the steps.", null);
            Assert.NotEqual("several seconds", Q(qs, "Help").SpeakerMention);
        }

        [Fact]
        public void AWordOfShareAloneBeforeANounThatIsAVerbFormIsNoSpeaker()
        {
            var qs = Quotes(Headline, "The inspectors visited the pier twice. Most reports said “the pier is safe.”", null);
            Assert.NotEqual("Most", Q(qs, "the pier is safe").SpeakerMention);
        }
    }
}
