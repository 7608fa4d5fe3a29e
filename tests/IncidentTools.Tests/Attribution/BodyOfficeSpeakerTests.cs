using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The office that presides over a house (texts of its own; speaker-nouns.txt 'body-office', presided-bodies.txt): "The
    /// Speaker of the Assembly said" is the holder of that office, not the house after "of"; "Harbour speaker Ivo Lamm" and
    /// "the Assembly Speaker" too; a "he" or "she" after is the holder. The common noun of one who gives a talk ("a guest
    /// speaker who …", "speakers at the fair", "the keynote speaker of the festival") is read as before: no office.
    /// </summary>
    public class BodyOfficeSpeakerTests
    {
        [Theory]
        [InlineData("The Speaker of the Assembly told reporters the ferry levy would be dropped.", "Speaker of the Assembly")]
        [InlineData("The Speaker of the Upper House said the ferry levy would be dropped.", "Speaker of the Upper House")]
        [InlineData("The speaker of the Island Council said the ferry levy would be dropped.", "speaker of the Island Council")]
        public void TheSpeakerOfAHouseIsTheOfficeHolder(string body, string speaker)
        {
            Assert.Equal(speaker, Attributions(body).Single().Speaker);
        }

        [Fact]
        public void APronounAfterTheSpeakerOfAHouseIsTheHolder()
        {
            var found = Attributions("The Speaker of the Assembly said the ferry levy would be dropped. \u201cThe vote is set for Friday,\u201d she said.");
            Assert.Equal(2, found.Count);
            Assert.All(found, a => Assert.Equal("Speaker of the Assembly", a.Speaker));
        }

        [Fact]
        public void AHouseSpeakerWithANameIsThatPerson()
        {
            var found = Attributions("Former Assembly speaker Ivo Lamm said the ferry levy would be dropped. \u201cThe vote is set for Friday,\u201d he said.");
            Assert.Equal(2, found.Count);
            Assert.All(found, a => Assert.Equal("Ivo Lamm", a.Speaker));
        }

        [Fact]
        public void TheHouseSpeakerAloneIsTheOffice()
        {
            Assert.Equal("House speaker", Attributions("The House speaker said the ferry levy would be dropped.").Single().Speaker);
        }

        [Fact]
        public void TheSpeakerWithATitledNameSetOffIsThatPerson()
        {
            Assert.Equal("Mira Sandoval", Attributions("The Speaker, Dr Mira Sandoval, said the sitting would resume on Monday.").Single().Speaker);
        }

        [Fact]
        public void ANameBeforeTheSpeakerOfAHouseSpeaks()
        {
            Assert.Equal("Ivo Lamm", Attributions("Ivo Lamm, the speaker of Parliament, said the sitting would resume on Monday.").Single().Speaker);
        }

        [Fact]
        public void AGuestSpeakerSetOffAfterANameIsNoSpeaker()
        {
            // near miss: the common noun of one who gives talks, in an apposition, leaves the subject its own
            var found = Attributions("The retired skipper, now a guest speaker who tours the coast, praised the ferry plan, saying it would help.");
            Assert.NotEmpty(found);
            Assert.All(found, a => Assert.EndsWith("skipper", a.Speaker));
        }

        [Fact]
        public void SpeakersAtAFairAreNoOffice()
        {
            // near miss: speakers at a gathering, capitalised as the sentence's first word, are no office's holders
            var found = Attributions("Speakers at the harbour fair said the ferry levy was unfair.");
            Assert.DoesNotContain(found, a => a.Speaker == "speaker" || a.Speaker == "speakers");
        }
    }
}
