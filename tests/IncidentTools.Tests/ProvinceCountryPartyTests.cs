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
        public void AProvinceOfOneCountryNamesThatCountry(string body, string start, string speaker, string? party)
        {
            var quote = Quote(body, start);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }
    }
}
