using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// In a guest's turn of a transcript, a bare state body ("The government does not accept …") takes no side from a body an
    /// earlier turn named (the host's "the Pentagon"), when the turn's speaker is of another side; a body named in the turn
    /// itself, or with no speaker of another side in the turn, still does. Sentences of the tests' own.
    /// </summary>
    public class TurnBareBodySideTests
    {
        [Fact]
        public void ABareGovernmentInAGuestsTurnIsNotTheSideTheHostNamed()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Guests: Senator Farida Noon Baloch (PML-N); Dr Karl Otto Senn, a historian",
                "HOST: Good evening. A few hours ago the Pentagon released the findings of its investigation into the night at the border posts.",
                "SENATOR BALOCH: Let me be plain. The government does not accept that our soldiers fired first. The Prime Minister said yesterday, \"Our committee will set the terms, not a foreign report.\"");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "government" && c.Party == "United States");
            var pm = corpus.Quotes.Single(q => q.Text.Contains("set the terms"));
            Assert.NotEqual("United States", pm.Party);
        }

        [Fact]
        public void ABareGovernmentAfterItsSideInTheSameTurnKeepsThatSide()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Guests: Senator Farida Noon Baloch (PML-N); Dr Karl Otto Senn, a historian",
                "HOST: Senator, what do you make of it?",
                "SENATOR BALOCH: The Pentagon published its account this morning. The government says the findings are final.");
            var government = corpus.Claims.First(c => c.Speaker == "government");
            Assert.Equal("United States", government.Party);
        }
    }
}
