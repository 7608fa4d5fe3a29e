using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's "Coordination worked" in Pakistan's own word in the passive: the posts' locations given or
    /// communicated to the coalition ("the locations of both posts had been given to NATO"), and the coalition told or
    /// informed where the posts were; not the alarm raised during the attack ("NATO had been told the posts were under
    /// attack"), nor the other side's word of locations it was given. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestPassiveLocationCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void PakistanSayingTheLocationsWereGivenOrTheCoalitionToldIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani military spokesman said the locations of both posts had been given to the coalition weeks before the raid.",
                "A senior Pakistani officer said the location of the two posts had been communicated to ISAF in October.",
                "A Pakistani general said NATO had been told exactly where the posts were.",
                "Another Pakistani officer said the coalition had been informed months ago of where the posts stood.");
            var cues = new[]
            {
                ("the locations of both posts", "locations of both posts had been given to the coalition"),
                ("the location of the two posts", "location of the two posts had been communicated to ISAF"),
                ("NATO had been told", "NATO had been told exactly where the posts"),
                ("the coalition had been informed", "the coalition had been informed months ago of where the posts"),
            };
            foreach (var (start, cue) in cues)
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("Pakistan", claim.Party);
                Assert.Equal("CueThenContent", claim.Rule);
                Assert.Equal("coordination", claim.Question);
                Assert.Equal("Coordination worked", claim.Position);
                Assert.Equal(cue, claim.PositionCue);
            }
        }

        [Fact]
        public void TheAlarmRaisedOrTheOtherSidesWordIsNoCoordinationWorked()
        {
            // the near misses: NATO told of the attack while it went on, and the other side's word of locations it was given
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said NATO had been told that the posts were being hit.",
                "Two U.S. officials said the locations given to the coalition by Pakistani officers were wrong.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination" && c.Position == "Coordination worked");
        }
    }
}
