using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides of speakers by a rank of a few armies only (speaker122), on text of the tests' own: in a text with no dateline,
    /// "Havildar Karim Dad" (a rank of the armies of South Asia only, office-countries.txt) serves the one of those countries
    /// the text names, when it names one of them alone (SpeakerResolver.RankOfOneNamedArmy).
    /// </summary>
    public class Speaker122Tests
    {
        private const string Headline = "The night on the ridge";

        private const string Quote = "\"The aircraft came back three times,\" he said.";

        /// <summary>The party of the quotation "The aircraft came back three times", after asserting that Karim Dad said it.</summary>
        private static string? DadsParty(params string[] paragraphs)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShippedUnder(folder, Headline, paragraphs.Concat(new[] { Quote }).ToArray());
            var quote = corpus.Claims.First(c => c.Content.StartsWith("The aircraft came back", System.StringComparison.Ordinal));
            Assert.Equal("Karim Dad", quote.Speaker);
            return quote.Party;
        }

        [Theory]
        [InlineData("A year later, the Pakistani soldiers who held the post still argue about that night.", "Havildar Karim Dad was on watch when the first helicopter came over the ridge.")]
        [InlineData("Survivors of the Pakistani post met at the memorial on Sunday.", "Naib Subedar Karim Dad was on watch when the first helicopter came over the ridge.")]
        public void ARankOfOneNamedArmyInAnUndatedTextGivesThatCountrysSide(string first, string second) =>
            Assert.Equal("Pakistan", DadsParty(first, second));

        [Theory]
        // near cases: a text that names two countries whose armies have the rank, and a rank every army has
        [InlineData("A year later, Pakistani and Indian veterans still argue about that night.", "Havildar Karim Dad was on watch when the first helicopter came over the ridge.")]
        [InlineData("A year later, the Pakistani soldiers who held the post still argue about that night.", "Sergeant Karim Dad was on watch when the first helicopter came over the ridge.")]
        public void TwoNamedArmiesOrARankOfEveryArmyGiveNoSide(string first, string second) =>
            Assert.NotEqual("Pakistan", DadsParty(first, second));
    }
}
