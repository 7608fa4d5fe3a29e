using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The military in Rawalpindi has said …": a state's own body placed by its phrase in a city of one country (cities.txt) is that
    /// country's, even under a dateline of the other side (SpeakerResolver.SeatOfStateBody; texts of the tests' own).
    /// </summary>
    public class StateBodySeatTests
    {
        private const string Headline = "Ferry sinking disputed";

        private static readonly PartyDefinition[] GermanyAndCanada =
        {
            new PartyDefinition("Germany", aliases: new[] { "Germany", "German", "Berlin" }),
            new PartyDefinition("Canada", aliases: new[] { "Canada", "Canadian", "Ottawa" }),
        };

        private static string? PartyOf(string body) =>
            Q(Quotes(Headline, "OTTAWA, May 3 (Maple Wire) -- " + body + " said: \"The ferry was never warned.\"", GermanyAndCanada), "The ferry was never warned").Party;

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
