using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Where a story is filed from, and what that says of a speaker's side (texts of the tests' own, invented names):
    /// - a rank of an armed force ("Sgt.", "Brig.") with no army or country written for its holder is the dateline's country's
    ///   in a country's own press, but says no side in a story filed from a country no side of the dispute is (foreign troops
    ///   are posted there); an office of a government ("Interior Minister") keeps the dateline's country there;
    /// - a district town ("BANNU", "MINGORA") is a place a story is filed from, as a province's capital is, and a dateline of two
    ///   places ("BANNU/PESHAWAR") gives their country when every place is known and of one country.
    /// </summary>
    public class RankAndTownDatelineTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani" }),
            new PartyDefinition("United States", aliases: new[] { "United States", "U.S.", "American" }),
            new PartyDefinition("Independent", null, null, null, "other countries", others: true),
        };

        private const string ThirdCountryDispatch =
            "KANDAHAR, Afghanistan, May 2 - Patrols on the river road were cut back this week after two roadside bombs hit supply trucks.\n\n";

        [Fact]
        public void ARankInAStoryFiledFromAThirdCountryGivesNoSide()
        {
            // before: Independent (the rank read as an office of Afghanistan's)
            var quote = Q(Quotes("River road", ThirdCountryDispatch +
                "Sgt. Tom Reyes, a cook from a small town in Ohio, said the base had been quiet since. \"We stay inside the wire now,\" he said.", Sides), "We stay inside");
            Assert.Equal("Tom Reyes", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void AnOfficeOfAGovernmentInAThirdCountryKeepsItsCountry()
        {
            // near miss: a minister's title is a post of the dateline's government, not a rank any army has
            var quote = Q(Quotes("River road", ThirdCountryDispatch +
                "Interior Minister Karim Dost said the road would reopen. \"We will clear it in a week,\" he said.", Sides), "We will clear it");
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void ARankInACountrysOwnPressKeepsItsCountry()
        {
            // near miss: a dateline of a side's own country ("Brig. X said" in a Rawalpindi paper) still places the officer
            var quote = Q(Quotes("Border posts", "RAWALPINDI, May 2: The army reinforced two border posts this week.\n\n" +
                "Brig. Aamir Latif said the posts had been strengthened. \"Our men are ready,\" he said.", Sides), "Our men are ready");
            Assert.Equal("Pakistan", quote.Party);
        }

        [Fact]
        public void ARankWithItsCountryWrittenKeepsIt()
        {
            // near miss: the holder's own country written with the rank speaks for it wherever the story is filed from
            var quote = Q(Quotes("River road", ThirdCountryDispatch +
                "U.S. Army Sgt. Tom Reyes said the base had been quiet. \"We stay inside the wire now,\" he said.", Sides), "We stay inside");
            Assert.Equal("United States", quote.Party);
        }

        [Theory]
        [InlineData("MINGORA, Oct 10: ")]
        [InlineData("BANNU, April 17 - ")]
        [InlineData("BANNU/PESHAWAR, April 17, 2012 - ")]
        [InlineData("DERA ISMAIL KHAN, April 17: ")]
        public void AMinisterInAStoryFiledFromADistrictTownIsOfItsCountry(string dateline)
        {
            // before: no side (the town unknown, or the two places not read)
            var quote = Q(Quotes("Jail raid", dateline + "Gunmen stormed the district jail overnight and freed dozens of inmates.\n\n" +
                "Information Minister Ali Shah said the guards had been outnumbered. \"Nobody came to help them,\" he said.", Sides), "Nobody came");
            Assert.Equal("Pakistan", quote.Party);
        }

        [Theory]
        [InlineData("BANNU/NEW DELHI, April 17 - ")]
        [InlineData("BANNU/ELMSTEAD, April 17 - ")]
        public void TwoPlacesOfTwoCountriesOrAnUnknownOneGiveNone(string dateline)
        {
            // near miss: a place of another country, or one the gazetteer does not know, leaves the story's country unread
            var quote = Q(Quotes("Jail raid", dateline + "Gunmen stormed the district jail overnight and freed dozens of inmates.\n\n" +
                "Information Minister Ali Shah said the guards had been outnumbered. \"Nobody came to help them,\" he said.", Sides), "Nobody came");
            Assert.Null(quote.Party);
        }

        [Theory]
        [InlineData("BANNU/PESHAWAR", "Pakistan")]
        [InlineData("Ghazni", "Afghanistan")]
        [InlineData("LASHKAR GAH", "Afghanistan")]
        [InlineData("PESHAWAR/KABUL", null)]
        [InlineData("HYDERABAD", null)]
        public void PlacesOfADateline(string places, string? country) =>
            Assert.Equal(country, DatelineCountry.OfPlaces(places)?.Name);

        [Fact]
        public void ARankIsAnOfficeButNoPost()
        {
            Assert.True(PersonName.IsRankOnly("Sgt."));
            Assert.True(PersonName.IsRankOnly("Army Lt. Col."));
            Assert.False(PersonName.IsRankOnly("Interior Minister"));
            Assert.False(PersonName.IsRankOnly("Army Chief"));
            Assert.True(PersonName.IsOffice("Sgt."));
        }
    }
}
