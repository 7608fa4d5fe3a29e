using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Swedish Embassy in Oslo said …": an organisation word, then a preposition of place and a capitalised place. The body
    /// speaks, for the country its name gives; the place only says where it sits and is never the speaker (news writes a
    /// capital for its government: "Oslo said"). Sentences of the tests' own, no manifest (the country tables give the sides).
    /// </summary>
    public class BodyBeforePlaceTests
    {
        private static IncidentClaim Claim(string sentence, string content)
        {
            using var folder = new TempFolder();
            folder.Write("story.txt", "Ferry talks stall\n\nCOPENHAGEN -- The ferry talks stalled on Monday. " + sentence + "\n");
            return IncidentCorpus.Load(folder.Path).Claims.Single(c => c.Content == content);
        }

        [Theory]
        [InlineData("The Swedish Embassy in Oslo said the ferry had right of way.", "Swedish Embassy", "Sweden")]
        [InlineData("The British High Commission in Oslo said the ferry had right of way.", "British High Commission", "United Kingdom")]
        [InlineData("The Embassy of Japan in Oslo said the ferry had right of way.", "Embassy of Japan", "Japan")]
        public void TheBodyBeforeItsPlaceSpeaksForItsCountry(string sentence, string speaker, string party)
        {
            var claim = Claim(sentence, "the ferry had right of way");
            Assert.Equal(speaker, claim.Speaker);
            Assert.Equal(party, claim.Party);
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal(claim.Text.IndexOf("the ferry had", System.StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }

        [Fact]
        public void AnUnnamedBodyBeforeItsPlaceIsTheBodyNotThePlace()
        {
            // a body in lower case: the description headed by the organisation word, no side from the place
            var claim = Claim("The foreign ministry in Oslo said the ferry had right of way.", "the ferry had right of way");
            Assert.Equal("foreign ministry", claim.Speaker);
            Assert.NotEqual("Norway", claim.Party);
        }

        [Fact]
        public void PeopleInAPlaceKeepTheirReading()
        {
            // near miss: no organisation word before the place, "officials in Oslo" are still the officials
            var claim = Claim("Officials in Oslo said the ferry had right of way.", "the ferry had right of way");
            Assert.Equal("Officials in Oslo", claim.Speaker);
        }
    }
}
