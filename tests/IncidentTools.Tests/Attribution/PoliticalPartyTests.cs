using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A politician named by his political party ("PML-N leader X", "X of the Awami National Party", "a BJP lawmaker") speaks
    /// for the party's country, as a nationality word in the description would say, when the story has no dateline to give it;
    /// a party's name is not the country's name ("the PPP" alone names no country). Texts and manifests of the tests' own.
    /// </summary>
    public class PoliticalPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani", "Islamabad" }),
            new PartyDefinition("India", aliases: new[] { "India", "Indian", "New Delhi" }),
        };

        private static string Story(string speaker) =>
            "Talks on the river treaty broke down on Monday after both delegations left the hall.\n\n" +
            speaker + " told reporters that the talks had failed. \"Nobody in this house will accept a treaty written in a hurry,\" he said.\n";

        [Theory]
        [InlineData("PML-N leader Tariq Hussain Mirza", "Pakistan")]
        [InlineData("Tariq Hussain Mirza of the Awami National Party", "Pakistan")]
        [InlineData("Tariq Hussain Mirza, the JUI-F chief,", "Pakistan")]
        [InlineData("BJP lawmaker Arvind Mehta", "India")]
        // the party as the name's possessive ("PML-N's X"): the possessive is read as the person's title
        [InlineData("PML-N's Tariq Hussain Mirza", "Pakistan")]
        [InlineData("The BJP's Arvind Mehta", "India")]
        public void APoliticianNamedByHisPartySpeaksForItsCountry(string speaker, string party)
        {
            var quote = Q(Quotes("Treaty talks fail", Story(speaker), Sides), "Nobody in this house");
            Assert.Equal(party, quote.Party);
        }

        [Fact]
        public void APartySpeakingAsABodyIsNotItsCountrysSide()
        {
            var text = "Talks on the river treaty broke down on Monday.\n\n\"Nobody in this house will accept a treaty written in a hurry,\" the PML-N said in a statement.\n";
            Assert.Null(Q(Quotes("Treaty talks fail", text, Sides), "Nobody in this house").Party);
        }

        [Fact]
        public void APoliticianOfNoKnownPartyTakesNoSide()
        {
            var quote = Q(Quotes("Treaty talks fail", Story("Tariq Hussain Mirza of the Justice Front"), Sides), "Nobody in this house");
            Assert.Null(quote.Party);
        }
    }
}
