using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A text with no dateline (an interview, a profile) whose standfirst introduces the interviewee as "The Foreign Secretary, …": the office names
    /// no country, and the places the standfirst names say which country the text is from, so the holder speaks for it; a
    /// standfirst that names a place of another country too says no one country. Texts and manifests of the tests' own.
    /// </summary>
    public class OfficeAtStandfirstPlaceTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private static string Story(string standfirst) =>
            standfirst + "\n\n\"We have asked for the ship's logs and we will publish them,\" Marten said of the ferry's lights.\n";

        [Theory]
        [InlineData("The Foreign Secretary, Ilse Marten, met the families on March 3. She spoke to Harbour Review in her office in Stockholm a week later.")]
        [InlineData("The Defence Secretary, Rear Admiral Ilse Marten, spoke to Harbour Review in Stockholm on Friday.")]
        public void TheOfficeSpeaksForTheCountryOfTheStandfirstsPlace(string standfirst)
        {
            var quote = Q(Quotes("'We will publish the logs'", Story(standfirst), Sides), "We have asked for the ship");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        // a place of the other country in the standfirst: which country the office is of is not plain
        [InlineData("The Foreign Secretary, Ilse Marten, met the families on March 3. She spoke to Harbour Review in Stockholm after a visit to Copenhagen.")]
        // no place at all
        [InlineData("The Foreign Secretary, Ilse Marten, met the families on March 3. She spoke to Harbour Review a week later.")]
        // an office that speaks abroad
        [InlineData("The Ambassador, Ilse Marten, spoke to Harbour Review in Stockholm on Friday.")]
        public void NoOneCountryOrAnOfficeAbroadGivesNoSide(string standfirst)
        {
            var quote = Q(Quotes("'We will publish the logs'", Story(standfirst), Sides), "We have asked for the ship");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Null(quote.Party);
        }
    }
}
