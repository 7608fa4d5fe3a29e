using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The people of a crowd as the speaker of a cry: a noun of a great number and its people after "of" with no determiner
    /// ("Hundreds of fishermen chanted “…”"); "someone" with the phrase that places them ("Someone in the gallery shouted");
    /// the subject of a clause that a preposition, "which" and its noun open ("at which point the crowd chanted “…”"). Invented
    /// harbour crowds.
    /// </summary>
    public class CrowdSpeakerTests
    {
        private const string Headline = "Crowds gather at the harbour";

        [Theory]
        [InlineData("Hundreds of fishermen chanted “Open the pier!” outside the port office.", "Hundreds of fishermen")]
        [InlineData("On Monday, dozens of angry harbour workers shouted “No more levies!” at the mayor.", "dozens of angry harbour workers")]
        [InlineData("Thousands of local residents marched along the quay, chanting “Boats, not bridges.”", "Thousands of local residents")]
        [InlineData("Tens of thousands of residents chanted “Save the harbour!” in the square.", "Tens of thousands of residents")]
        public void ANumberOfPeopleIsTheSpeakerMention(string body, string mention)
        {
            var q = Assert.Single(Quotes(Headline, body, null));
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Fact]
        public void ANumberOfThingsIsNoSpeaker()
        {
            // the signs carry the words; no person of the phrase said them
            var qs = Quotes(Headline, "Hundreds of signs read “Open the pier.”", null);
            Assert.DoesNotContain(qs, q => q.SpeakerMention != null && q.SpeakerMention.StartsWith("Hundreds", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ANumberOfAPronounIsNoDescription()
        {
            // "dozens of them": the share of a pronoun is not read as a description of people
            var qs = Quotes(Headline, "The crews stayed on deck. Dozens of them shouted “Out!”", null);
            Assert.DoesNotContain(qs, q => q.SpeakerMention == "Dozens of them");
        }

        [Fact]
        public void SomeoneInTheGalleryIsTheSpeaker()
        {
            var qs = Quotes(Headline, "When someone in the gallery shouted, “Liar,” the mayor smiled and said, “Thank you, sir!”", null);
            Assert.Equal("someone", Q(qs, "Liar").SpeakerMention);
            Assert.Equal("the mayor", Q(qs, "Thank you").SpeakerMention);
        }

        [Fact]
        public void TheCrowdAtWhichPointIsTheCrier()
        {
            var qs = Quotes(Headline, "Harbour master Tomas Reyes said, \"We will rebuild the pier\" - at which point the crowd chanted \"Rebuild it now!\" - \"and the sea wall with it.\"", null);
            Assert.Equal("the crowd", Q(qs, "Rebuild it now").SpeakerMention);
            // the quotation after the cry goes on with the harbour master's words
            Assert.Equal("Tomas Reyes", Q(qs, "and the sea wall").Speaker);
        }

        [Fact]
        public void ARelativeWithItsVerbRightAfterOpensNoClause()
        {
            // "to which the mayor replied": the relative's word after it is a determiner, read as before (the mayor replies)
            var qs = Quotes(Headline, "Reporters asked about the levy, to which the mayor replied, “It stays.”", null);
            Assert.Equal("the mayor", Q(qs, "It stays").SpeakerMention);
        }
    }
}
