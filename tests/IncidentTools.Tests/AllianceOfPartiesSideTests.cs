using IncidentTools.Attribution;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "a senator from the ruling coalition", "a coalition of farmers' unions": a side's organisation that the manifest names by
    /// a common noun ("coalition", a military alliance) is another body of that noun after a modifier of party politics
    /// (party-alliance-words.txt) or as "a coalition of …", and gives no side (PartyResolver.AnotherBodyOfTheNoun); the side's
    /// own body, "the coalition", "a coalition spokesman", still does, and so does an organisation the manifest writes with a
    /// capital.
    /// </summary>
    public class AllianceOfPartiesSideTests
    {
        private static PartyResolver Manifest() => new PartyResolver(new[]
        {
            new PartyDefinition("Westmark", new[] { "Westmark", "Westmarkian" }, new[] { "coalition", "Harbour Command" }),
            new PartyDefinition("Eastmark", new[] { "Eastmark", "Eastmarkian" }, new[] { "Interior Ministry" }),
        });

        [Theory]
        [InlineData("a deputy from the ruling coalition")]
        [InlineData("a member of the assembly's budget panel from the governing coalition")]
        [InlineData("the whip of the opposition coalition")]
        [InlineData("a coalition of farmers' unions and clerics")]
        [InlineData("an electoral coalition of small parties")]
        public void AnAllianceOfPartiesIsNotTheSidesCoalition(string role) =>
            Assert.Null(Manifest().FromText(role));

        [Theory]
        [InlineData("a coalition spokesman")]
        [InlineData("a spokeswoman for the coalition")]
        [InlineData("the coalition's deputy commander")]
        [InlineData("a coalition official of the mission")]
        public void TheSidesOwnCoalitionStillNamesTheSide(string role) =>
            Assert.Equal("Westmark", Manifest().FromText(role));

        [Fact]
        public void AnAllianceOfPartiesStillHasTheSideOfTheCountryItNames() =>
            Assert.Equal("Eastmark", Manifest().FromText("a deputy from Eastmark's ruling coalition"));

        [Theory]
        [InlineData("ruling coalition", 7, true)]
        [InlineData("a coalition of parties", 2, true)]
        [InlineData("a coalition spokesman", 2, false)]
        [InlineData("the coalition of forces", 4, false)]
        [InlineData("ruling Harbour Command", 7, false)]
        public void TheNounsModifierOrItsMembersMakeItAnotherBody(string text, int at, bool another) =>
            Assert.Equal(another, PartyResolver.AnotherBodyOfTheNoun(text, at, text.Substring(at).Split(' ')[0] == "Harbour" ? "Harbour Command" : "coalition"));
    }
}
