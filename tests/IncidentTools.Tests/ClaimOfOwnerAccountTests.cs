using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// On the shipped manifest: a side's account named as the "of" owner of a noun of saying that another side rejects ("rejected
    /// the contention of NATO officials that the incident was an accident") is the owner's claim, its position read from the owner
    /// on, while the rejection is the speaker's own. Sentences of the tests' own.
    /// </summary>
    public class ClaimOfOwnerAccountTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void TheRejectedContentionIsTheOwnersAndTheRejectionTheSpeakers()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani army spokesman, Brig. Omar Rana, spoke after the NATO strike on the two border posts.",
                "Rana rejected the contention of some NATO commanders that the strike was an accident.");
            var owner = corpus.Claims.Single(c => c.Speaker == "NATO commanders" && c.Question == "deliberate");
            Assert.Equal("United States", owner.Party);
            Assert.Equal("Not deliberate", owner.Position);
            var rana = corpus.Claims.Single(c => c.Speaker == "Omar Rana" && c.Question == "deliberate");
            Assert.Equal("Pakistan", rana.Party);
            Assert.Equal("Deliberate", rana.Position);
        }
    }
}
