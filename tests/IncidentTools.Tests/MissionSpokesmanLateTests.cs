using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// accounts69: "The embassy's spokesman, Jo Bell" speaks for the side of the embassy the text named before with its
    /// country, however many paragraphs before and in whatever place of the sentence ("criticised the Northland embassy in
    /// Southland"); not when the text named missions of two sides, nor when it named none. And a negator that opens its own
    /// conjunct ("no warning and no intent to …") ends the scope of the negator of the conjunct before it: the cue is
    /// denied once, not twice. Sentences of the tests' own.
    /// </summary>
    public class MissionSpokesmanLateTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        private const string Late = "The embassy's spokesman, Jo Bell, said the shelling was deliberate.";

        [Fact]
        public void TheBareEmbassysSpokesmanSpeaksForTheEmbassyNamedBefore()
        {
            using var folder = new TempFolder();
            var claim = Load(folder,
                "Villagers gathered at the pass and criticised the Northern embassy in Southland for its silence.",
                "The elders met for three hours.",
                "Several speakers asked for compensation.",
                Late).Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Jo Bell", claim.Speaker);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void MissionsOfTwoSidesLeaveTheBareEmbassyUnread()
        {
            using var folder = new TempFolder();
            var claim = Load(folder,
                "Villagers criticised the Northern embassy in Southland and the Southern embassy in Northland alike.",
                Late).Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Jo Bell", claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Fact]
        public void NoMissionNamedNoSide()
        {
            using var folder = new TempFolder();
            var claim = Load(folder, "Villagers gathered at the pass.", Late).Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Jo Bell", claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Theory]
        [InlineData("Anna Berg said there was no warning and no intent to harm anyone, and the shelling was not deliberate.", "Not deliberate")]
        [InlineData("Anna Berg said there had been no plan and no order to shell the village deliberately.", "Not deliberate")]
        [InlineData("Anna Berg said there had been no order to shell the village deliberately.", "Not deliberate")]
        // the near miss: one negator before a coordination of the cue's own words still denies it
        [InlineData("Anna Berg said the shelling was not planned and deliberate.", "Not deliberate")]
        public void ANegatorOfItsOwnConjunctDeniesTheCueOnce(string sentence, string position)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, sentence).Claims.First(c => c.Question == "deliberate");
            Assert.Equal(position, claim.Position);
        }
    }
}
