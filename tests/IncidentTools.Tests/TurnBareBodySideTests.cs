using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// In a guest's turn of a transcript, a bare state body ("The government does not accept …") takes no side from a body an
    /// earlier turn named (the host's "the Pentagon"), when the turn's speaker is of another side; a body named in the turn
    /// itself, or with no speaker of another side in the turn, still does. Nor does it take a side named last before the turn just
    /// before its own (another guest's turn, then the host's question). Sentences of the tests' own.
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

        [Fact]
        public void ABareArmyTakesNoSideAnotherGuestNamedBeforeTheHostsQuestion()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Guests: Lena Ortiz, a reporter in Kabul; Tom Frey, a former defence correspondent",
                "HOST: Tom, what does Washington say?",
                "FREY: The Pentagon says the patrol came under fire first. So in their telling the gunships were protecting soldiers under attack.",
                "HOST: Do the two sides agree on anything at all?",
                "ORTIZ: Only that the liaison failed. The army says the coalition never warned it about an operation near the border that night.");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "army" && c.Party == "United States");
        }

        [Fact]
        public void ABareArmyInAnExchangeOfTwoKeepsTheSideNamedTwoTurnsBack()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "The envoy, Ann Pell, spoke to us at her office.",
                "HOST: Ambassador, thank you for seeing us.",
                "Pell: Thank you.",
                "HOST: Pakistan's military says its posts never fired. What do you make of that?",
                "Pell: I know that is their account, and I respect it.",
                "HOST: The army says the coalition had the grid references of both posts.");
            var army = corpus.Claims.First(c => c.Speaker == "army");
            Assert.Equal("Pakistan", army.Party);
        }
    }
}
