using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's "shared their positions with" the other side (accounts125): "positions" as "location" with the
    /// posts' own determiner, "the army had shared their positions with ISAF", is Coordination worked for the side that shared
    /// them, as "shared the locations" is; "shared their positions on the talks" tells no side where anything was. Sentences of
    /// the tests' own.
    /// </summary>
    public class ShippedManifestSharedPositionsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) => ShippedManifestUnseenStyleCueTests.Claim(corpus, content);

        [Fact]
        public void SharedTheirPositionsWithTheOtherSideIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var claim = Claim(Load(folder, "Athar Abbas said the frontier corps had shared their positions with ISAF weeks before the raid."), "the frontier corps had shared");
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Coordination worked", claim.Position);
        }

        [Fact]
        public void SharedTheirPositionsOnTalksIsNoCoordination()
        {
            // the near miss: positions in talks, and no side of the strike told after "with"
            using var folder = new TempFolder();
            var corpus = Load(folder, "Athar Abbas said both governments had shared their positions on the supply talks.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Coordination worked");
        }
    }
}
