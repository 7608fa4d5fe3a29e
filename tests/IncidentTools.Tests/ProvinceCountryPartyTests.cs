using IncidentTools.Attribution;
using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Khyber Pakhtunkhwa's revenue minister": a province of one country whose name is no other place's (countries.txt, a
    /// country's other names) names that country, as its name does; a province two countries share ("Punjab") names none.
    /// Texts and manifests of the tests' own.
    /// </summary>
    public class ProvinceCountryPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Upland side", aliases: new[] { "Pakistan", "Pakistani", "Islamabad" }),
            new PartyDefinition("Lowland side", aliases: new[] { "Norway", "Norwegian", "Oslo" }),
        };

        private static IncidentQuote Quote(string body, string start) => Q(Quotes("Convoy turned back", body, Sides), start);

        [Theory]
        // the province's possessive before an office
        [InlineData("Khyber Pakhtunkhwa's revenue minister, Jamal Durrani, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", "Upland side")]
        // the province's former name
        [InlineData("North-West Frontier Province's revenue minister, Jamal Durrani, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", "Upland side")]
        // the near miss: a province two countries share names neither
        [InlineData("Punjab's revenue minister, Jamal Durrani, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", null)]
        // an office's "of" that names the province, after the name (speaker125: OfficeOfAPlace)
        [InlineData("Jamal Durrani, the revenue minister of Khyber Pakhtunkhwa, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", "Upland side")]
        // the title with its "of" and the province before the name: the province is the title's, not the name's (PersonName)
        [InlineData("Revenue Minister of Khyber Pakhtunkhwa Jamal Durrani said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", "Upland side")]
        [InlineData("On Monday, Revenue Minister of Khyber Pakhtunkhwa Jamal Durrani said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", "Upland side")]
        [InlineData("Chief Minister of Norway Jamal Durrani said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", "Lowland side")]
        // the near misses: an office's "of" that names more than the place, and no office's noun before the "of"
        [InlineData("Jamal Durrani, the president of the Khyber Pakhtunkhwa Traders Association, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", null)]
        [InlineData("Jamal Durrani, a critic of Khyber Pakhtunkhwa, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", null)]
        [InlineData("Jamal Durrani, the revenue minister of Punjab, said the trucks had been \"turned back at dawn\".", "turned back at dawn", "Jamal Durrani", null)]
        public void AProvinceOfOneCountryNamesThatCountry(string body, string start, string speaker, string? party)
        {
            var quote = Quote(body, start);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }

        [Theory]
        // a title's "of" and a country or a province of the country table before the name is the title's (speaker125)
        [InlineData("Information Minister of Khyber Pakhtunkhwa Jamal Durrani", "Information Minister of Khyber Pakhtunkhwa", "Jamal Durrani")]
        [InlineData("Foreign Minister of Norway Ilse Marten", "Foreign Minister of Norway", "Ilse Marten")]
        public void ATitlesPlaceAfterOfIsTheTitles(string written, string title, string name)
        {
            var parsed = PersonName.Parse(written);
            Assert.Equal(title, parsed.Title);
            Assert.Equal(name, parsed.Name);
        }

        [Fact]
        public void APlaceNotInTheCountryTableStaysOutOfTheTitle() =>
            // the near miss: "Upper Vale" is no country or province the table knows, so the title does not reach past it
            Assert.NotEqual("Information Minister of Upper Vale", PersonName.Parse("Information Minister of Upper Vale Jamal Durrani").Title);
    }
}
