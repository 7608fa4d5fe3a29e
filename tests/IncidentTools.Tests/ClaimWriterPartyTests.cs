using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "We found no evidence that …" in a fact-check, "I see no reason to doubt him" on a letters page: the writer's own first
    /// person speaks for no side, whichever side spoke before it; a "we" in a side's speaker's turn keeps that side
    /// (<see cref="ClaimTurnPartyTests"/>). Texts written for these tests.
    /// </summary>
    public class ClaimWriterPartyTests
    {
        [Fact]
        public void TheWritersWeTakesNoSideOfTheSpeakerBefore()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army said the shelling was an accident.",
                "We found no evidence that settles whether the shelling was deliberate.");
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Content.StartsWith("the shelling was an accident", StringComparison.Ordinal)).Party);
            var we = corpus.Claims.Single(c => c.Source == "We");
            Assert.Null(we.Party);
            Assert.Null(we.Position);
        }
    }
}
