using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A surname that also names a country or its people ("Mark Cuban", "Steve Israel", "Jim Jordan") is the person the
    /// document named in full, for the surname alone and for "he"; a country word with no such person stays a country.
    /// </summary>
    public class CountrySurnameTests
    {
        [Fact]
        public void ASurnameThatNamesAPeopleIsThePersonNamedBefore()
        {
            var quotes = Quotes("Ferry investor Mark Cuban spoke at the harbour festival.\n\n“You have to be able to adapt,” Cuban said.");
            var q = Q(quotes, "You have to be able");
            Assert.Equal("Cuban", q.SpeakerMention);
            Assert.Equal("Mark Cuban", q.Speaker);
        }

        [Fact]
        public void HeFindsThePersonWhoseSurnameNamesAPeople()
        {
            var quotes = Quotes("At the harbour festival, Mark Cuban said he sees a council without curiosity.\n\n“You have to want to learn,” he said of the council.");
            var q = Q(quotes, "You have to want");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Mark Cuban", q.Speaker);
        }

        [Fact]
        public void ASurnameThatNamesACountryIsThePersonNamedBefore()
        {
            var quotes = Quotes("Rep. Steve Israel (D-N.Y.) toured the pier on Monday.\n\n“The pumps will not last another winter,” Israel said.");
            Assert.Equal("Steve Israel", Q(quotes, "The pumps will not").Speaker);
        }

        [Fact]
        public void ACountryWithNoSuchPersonStaysTheCountry()
        {
            // the full name in the story is another person's: "Israel" is the country
            var quotes = Quotes("Israeli Prime Minister Ada Levi toured the pier on Monday.\n\n“We will respond,” Israel said in a statement.");
            Assert.Equal("Israel", Q(quotes, "We will respond").Speaker);
        }
    }
}
