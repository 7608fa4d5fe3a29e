using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A bare institution that rejects or disputes a side's words ("Army rejects Southland report") is not of that side,
    /// however that side spoke just before it (issue 8); one that rejects the other side's words keeps the side named before.
    /// </summary>
    public class ClaimDisputedSideTests
    {
        [Fact]
        public void ABareInstitutionRejectingASidesReportIsNotOfThatSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "The Foreign Office said on Monday that its inquiry had found the patrol acted in self-defence.",
                "Army rejects Southland report",
                "The army said the inquiry was a cover-up and that the patrol fired without warning.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content.StartsWith("its inquiry")).Party);
            var rejects = corpus.Claims.Single(c => c.Content == "Southland report");
            Assert.Equal("Army", rejects.Speaker);
            Assert.Null(rejects.Party);
            // the same army later in the story
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("the inquiry was a cover-up")).Party);
        }

        [Fact]
        public void ABareInstitutionRejectingTheOtherSidesAccountKeepsTheSideNamedBefore()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "The Foreign Office said on Monday that its inquiry had found the patrol acted in self-defence.",
                "The ministry rejects the Northland account, calling it a fabrication.");
            var rejects = corpus.Claims.Single(c => c.Content.StartsWith("the Northland account"));
            Assert.Equal("Southland", rejects.Party);
        }
    }
}
