using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An unnamed official described by a city of one country (cities.txt) speaks for that country, as "officials in" its
    /// capital do (accounts66): "a port official in Karachi". Words that name another side keep theirs; an expert, an envoy or
    /// a private person takes no side from the city. Sentences of the tests' own.
    /// </summary>
    public class CityOfficialPartyTests
    {
        private const string Headline = "Ferry service resumes after the storm";

        [Theory]
        [InlineData("A port official in Karachi said, “The ferry will sail at noon.”", "port official in Karachi")]
        [InlineData("Officials in Lahore said, “The ferry will sail at noon.”", "Officials in Lahore")]
        public void AnOfficialDescribedByACitySpeaksForItsCountry(string body, string speaker)
        {
            var q = Q(Quotes(Headline, body, null), "The ferry");
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
            Assert.Equal(body.IndexOf("The ferry", System.StringComparison.Ordinal) + Headline.Length + 2, q.Start);
            Assert.Equal("Pakistan", q.Party);
        }

        [Theory]
        [InlineData("A Danish official in Karachi said, “The ferry will sail at noon.”", "Denmark")]
        [InlineData("An independent analyst in Karachi said, “The ferry will sail at noon.”", null)]
        [InlineData("A diplomat in Karachi said, “The ferry will sail at noon.”", null)]
        [InlineData("A shopkeeper in Karachi said, “The ferry will sail at noon.”", null)]
        public void OtherWordsOrOtherPeopleKeepTheirReading(string body, string? party)
        {
            // the near misses: a side the words name stays, and one who speaks for no institution takes none from the city
            var q = Q(Quotes(Headline, body, null), "The ferry");
            Assert.NotNull(q.Speaker);
            Assert.Equal(party, q.Party);
        }
    }
}
