using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "her Finnish counterpart Aino Laine": a counterpart is the holder of the same office for another state, one who
    /// speaks for a country in an exchange as an envoy does (speaker-nouns.txt 'counterpart ... envoy'): the nationality
    /// the words name gives the country, a country of no side the manifest's party of no side. A counterpart written with
    /// no nationality gets no side. Texts and manifests of the tests' own.
    /// </summary>
    public class CounterpartNationalityPartyTests
    {
        private const string Opening = "Sweden said on Monday that its harbour was shelled first. ";

        /// <summary>The quotation that opens with <paramref name="start"/> in a story of the opening and <paramref name="body"/>.</summary>
        private static IncidentQuote Quote(string body, string start) =>
            Q(Quotes("Harbour shelling", Opening + body, AcademicTitlePartyTests.Sides(others: true)), start);

        [Theory]
        // a third country's counterpart: the party of no side
        [InlineData("The Swedish minister telephoned her Finnish counterpart Aino Laine on Tuesday. Laine said the talks would be \"poorer without Sweden\".", "poorer without Sweden", "Aino Laine", "Independent")]
        // a side's counterpart, set off before the name: that side
        [InlineData("Her Danish counterpart, Mads Holm, called the shelling \"a grave mistake\".", "a grave mistake", "Mads Holm", "Southern side")]
        // the near miss: "his counterpart" names no country, and the side of the minister who called is not the counterpart's
        [InlineData("The Swedish minister telephoned his counterpart Aino Laine on Tuesday. Laine said the talks would be \"poorer without Sweden\".", "poorer without Sweden", "Aino Laine", null)]
        public void ACounterpartSpeaksForTheCountryItsNationalityNames(string body, string start, string speaker, string? party)
        {
            var quote = Quote(body, start);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }

        [Theory]
        // a side's possessive before the counterpart: the side the speaker faces, not the speaker's (no side is better than a wrong one)
        [InlineData("Sweden's counterpart, Mads Holm, called the shelling \"a grave mistake\".", "a grave mistake", "Mads Holm", null)]
        [InlineData("Copenhagen's counterpart Mads Holm told reporters that the talks had been \"a long night\".", "a long night", "Mads Holm", null)]
        // a nationality after the possessive still names the counterpart's own country
        [InlineData("Sweden's Danish counterpart, Mads Holm, called the shelling \"a grave mistake\".", "a grave mistake", "Mads Holm", "Southern side")]
        // the near miss: a possessive before an office that is no counterpart is the sender's side
        [InlineData("Denmark's ambassador, Mads Holm, called the shelling \"a grave mistake\".", "a grave mistake", "Mads Holm", "Southern side")]
        public void ACountrysCounterpartIsNotOfThatCountry(string body, string start, string speaker, string? party)
        {
            var quote = Quote(body, start);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }
    }
}
