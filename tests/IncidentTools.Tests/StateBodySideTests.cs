using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A state's own body whose side the text gives even under a dateline of the other side (texts of the tests' own): "Its
    /// army has said …" opening a sentence is of the country the sentence before speaks of (SpeakerResolver.CountryOfItsStateBody),
    /// and "The military in Rawalpindi has said …" is of the country of its city (SpeakerResolver.SeatOfStateBody).
    /// </summary>
    public class StateBodySideTests
    {
        private const string Headline = "Ferry sinking disputed";

        private const string Warned = "The ferry was never warned";

        // ---- "its" at the opening of the sentence ----

        private static string? PartyAfter(string before) =>
            Q(Quotes(Headline, before + " Its military said: \"" + Warned + ".\"", TestSides.SwedenAndDenmark), Warned).Party;

        [Theory]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- That is not the story Denmark tells.", "Denmark")]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- Denmark did not take part in the inquiry.", "Denmark")]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- Denmark's account could hardly be further from Stockholm's.", "Denmark")]
        public void ItsBodyIsOfTheCountryTheSentenceBeforeSpeaksOf(string before, string party) => Assert.Equal(party, PartyAfter(before));

        [Theory]
        // near cases: the sentence before names two countries after an opening with neither, or none at all; "its" names no country,
        // and the body keeps the side of the place the text reports from (Stockholm's), never the first country named
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- The ferry line blamed Denmark and Sweden alike.")]
        [InlineData("STOCKHOLM, May 3 (Baltic Wire) -- The ferry line tells the story another way.")]
        public void ItsBodyAfterNoOneCountryKeepsTheDatelinesSide(string before) => Assert.Equal("Sweden", PartyAfter(before));

        // ---- a body placed in a city ----

        private static readonly PartyDefinition[] GermanyAndCanada =
        {
            new PartyDefinition("Germany", aliases: new[] { "Germany", "German", "Berlin" }),
            new PartyDefinition("Canada", aliases: new[] { "Canada", "Canadian", "Ottawa" }),
        };

        private static string? PartyOf(string body) =>
            Q(Quotes(Headline, "OTTAWA, May 3 (Maple Wire) -- " + body + " said: \"" + Warned + ".\"", GermanyAndCanada), Warned).Party;

        [Theory]
        [InlineData("The military in Munich")]
        [InlineData("The government in Hamburg")]
        public void AStateBodyInACityIsThatCountrys(string body) => Assert.Equal("Germany", PartyOf(body));

        [Theory]
        // near cases: a diplomatic mission's city is its host's, and a body with words of its own before it is read by them
        [InlineData("The embassy in Munich")]
        [InlineData("The Canadian military in Munich")]
        public void AMissionOrANamedBodyTakesNoSideFromItsCity(string body) => Assert.NotEqual("Germany", PartyOf(body));
    }
}
