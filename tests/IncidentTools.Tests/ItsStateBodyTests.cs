using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "That is not the story Pakistan tells. Its army has said …": a state's own body owned by "its" at the opening of its sentence
    /// is of the country the sentence before opens with, or of the one country that sentence names, even under a dateline of the
    /// other side (SpeakerResolver.CountryOfItsStateBody; texts of the tests' own).
    /// </summary>
    public class ItsStateBodyTests
    {
        private const string Headline = "Ferry sinking disputed";

        private const string Said = " Its military said: \"The ferry was never warned.\"";

        [Theory]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- That is not the story Denmark tells.", "Denmark")]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- Denmark did not take part in the inquiry.", "Denmark")]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- Denmark's account could hardly be further from Stockholm's.", "Denmark")]
        public void ItsBodyIsOfTheCountryTheSentenceBeforeSpeaksOf(string before, string party)
        {
            var quote = Q(Quotes(Headline, before + Said, TestSides.SwedenAndDenmark), "The ferry was never warned");
            Assert.Equal(party, quote.Party);
        }

        [Theory]
        // near cases: the sentence before names two countries after an opening with neither, or none at all; "its" names no country,
        // and the body keeps the side of the place the text reports from (Stockholm's), never the first country named
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- The ferry line blamed Denmark and Sweden alike.")]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- The ferry line tells the story another way.")]
        public void ItsBodyAfterNoOneCountryKeepsTheDatelinesSide(string before)
        {
            var quote = Q(Quotes(Headline, before + Said, TestSides.SwedenAndDenmark), "The ferry was never warned");
            Assert.Equal("Sweden", quote.Party);
        }
    }
}
