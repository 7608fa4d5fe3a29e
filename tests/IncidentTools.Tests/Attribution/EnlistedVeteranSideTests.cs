using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix84b: one who left a rank below the officers ("Gul Zaman, a retired havildar whose grandson …", "a former sergeant",
    /// enlisted-ranks.txt) is a veteran, a private person: no side, not the party of the people of no side that an officer
    /// who left his office ("a retired colonel") and an analyst take. Texts and sides of the tests' own.
    /// </summary>
    public class EnlistedVeteranSideTests
    {
        private static IncidentQuote Quote(string body, string quoted) =>
            Q(Quotes("Village waits for news", body + "\n", TestSides.NorthernSouthernAndIndependent), quoted);

        [Theory]
        [InlineData("Gul Zaman, a retired havildar whose grandson serves at a hill post, said he had called the young man. \"He told me the nights are long,\" Mr Zaman said.", "He told me")]
        [InlineData("\"The nights are long up there,\" said Gul Zaman, a former sergeant.", "The nights are long")]
        [InlineData("\"The nights are long up there,\" a retired staff sergeant said.", "The nights are long")]
        public void AVeteranOfTheRanksSpeaksForNoParty(string body, string quoted)
        {
            Assert.Null(Quote(body, quoted).Party);
        }

        [Theory]
        [InlineData("\"The nights are long up there,\" said Gul Zaman, a retired colonel.")]
        [InlineData("\"The nights are long up there,\" a retired colonel said.")]
        public void AnOfficerWhoLeftHisOfficeIsOfThePartyOfNoSide(string body)
        {
            // the near case: an officer's office left gives the party of the people of no side, as before
            Assert.Equal("Independent", Quote(body, "The nights are long").Party);
        }
    }
}
