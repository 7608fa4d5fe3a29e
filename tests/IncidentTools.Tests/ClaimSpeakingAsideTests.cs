using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Lena Voss, speaking from Southland, said …": an aside opened by a participle of speaking after the speaker's comma says
    /// where or how the person spoke, and the place it names is no side of the speaker's. Words of the mention before the aside
    /// still name the side ("A Southland official, speaking on condition of anonymity, said"). Sentences of the tests' own.
    /// </summary>
    public class ClaimSpeakingAsideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("Lena Voss, speaking from Southland, said the inquiry had heard only one side.")]
        [InlineData("Lena Voss, speaking by telephone from Southland, said the inquiry had heard only one side.")]
        public void APlaceInASpeakingAsideIsNoSide(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.Single(c => c.Content == "the inquiry had heard only one side");
            Assert.Equal("Lena Voss", claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Fact]
        public void TheMentionsOwnWordsBeforeTheAsideStillNameTheSide()
        {
            // near miss: the side is written in the description itself, before the aside
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Southland official, speaking on condition of anonymity, said the inquiry had heard only one side.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content == "the inquiry had heard only one side").Party);
        }
    }
}
