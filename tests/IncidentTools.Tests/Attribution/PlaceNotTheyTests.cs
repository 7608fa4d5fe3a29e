using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "they" never stands for a state of the Union: a state named as a subject between a group and its "they" leaves
    /// the "they" unresolved (a state is "it"); a country may still be "they". Texts of the tests' own.
    /// </summary>
    public class PlaceNotTheyTests
    {
        [Fact]
        public void TheyAfterAStateAsSubjectIsNotTheState()
        {
            var body = "Growers say the gas is safe. Oregon has sometimes let them use more of it. \u201CWe need it,\u201D they say.\n";
            var quote = Q(Quotes("Gas rules eased", body, null), "We need it");
            Assert.NotEqual("Oregon", quote.Speaker);
        }

        [Fact]
        public void TheyMayStillStandForACountry()
        {
            // a country's name is its government as often as a place: "they" may stand for it
            var body = "Norway said on Monday it would close its ports to the trawlers. \u201CWe will not change our minds,\u201D they said.\n";
            var quote = Q(Quotes("Ports closed", body, null), "We will not change");
            Assert.Equal("Norway", quote.Speaker);
        }

        [Fact]
        public void TheyStillStandsForAnOrganisation()
        {
            var body = "The Harbour Workers Union called a strike on Monday. \u201CWe will not go back,\u201D they said.\n";
            var quote = Q(Quotes("Strike called", body, null), "We will not go back");
            Assert.Equal("Harbour Workers Union", quote.Speaker);
        }
    }
}
