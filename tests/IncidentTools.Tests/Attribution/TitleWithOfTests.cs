using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Titles whose own words hold "of" ("Leader of the Opposition", "Secretary of State") written before a name: read as the
    /// title of the full name (so the office gives the dateline's country, as "Opposition Leader" does); an office that speaks
    /// abroad ("Secretary of State", "Ambassador") gives no side from the dateline; and "the state" is not the secretary of
    /// state. Texts and manifests of the tests' own.
    /// </summary>
    public class TitleWithOfTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private static string Story(string title) =>
            "STOCKHOLM, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
            "\"The government has not told parliament what the patrol was doing there,\" " + title + " Ilse Marten said on Monday.\n";

        [Theory]
        [InlineData("Leader of the Opposition")]
        [InlineData("Opposition Leader")]
        [InlineData("Chief of Naval Staff Adm.")]
        public void AnOfficeWithOfInItsTitleSpeaksForTheDatelinesCountry(string title)
        {
            var quote = Q(Quotes("Collision in the strait", Story(title), Sides), "The government has not told");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        [InlineData("Secretary of State")]
        [InlineData("Ambassador")]
        public void AnOfficeThatSpeaksAbroadTakesNoSideFromTheDateline(string title)
        {
            // a secretary of state or an ambassador quoted in Stockholm is as often a visitor or an envoy posted there
            var quote = Q(Quotes("Collision in the strait", Story(title), Sides), "The government has not told");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void TheLeaderIsTheLeaderOfTheOpposition()
        {
            var text = Story("Leader of the Opposition") + "\n\"We will ask for a hearing this week,\" the leader said.\n";
            Assert.Equal("Ilse Marten", Q(Quotes("Collision in the strait", text, Sides), "We will ask for a hearing").Speaker);
        }

        [Fact]
        public void TheStateIsNotTheSecretaryOfState()
        {
            // "the state" names the state (the object of the title's "of"), not its secretary
            var text = "A court ruled on Friday against the state's voter rolls, a blow to Secretary of State Ilse Marten.\n\n" +
                "\"The rolls were kept as the law requires,\" Marten said.\n\n" +
                "\"We added the extra week for voters,\" the state said in its brief.\n";
            var quotes = Quotes("Court rules on voter rolls", text, Sides);
            Assert.Equal("Ilse Marten", Q(quotes, "The rolls were kept").Speaker);
            Assert.NotEqual("Ilse Marten", Q(quotes, "We added the extra week").Speaker);
        }
    }
}
