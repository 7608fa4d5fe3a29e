using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Rights groups say …": a body that campaigns for rights speaks for no side, and takes none from the speaker before it
    /// (accounts-unaffiliated-words.txt; texts of the tests' own).
    /// </summary>
    public class RightsGroupSideTests
    {
        [Fact]
        public void ARightsGroupTakesNoSideFromTheSpeakerBefore()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "A Northern official said the convoy had been hit by mistake.",
                "Rights groups said the shelling of the villages had gone on for a week.");
            var official = corpus.Claims.First(c => c.Text.StartsWith("A Northern official", StringComparison.Ordinal));
            Assert.Equal("Northland", official.Party);
            var groups = corpus.Claims.First(c => c.Text.StartsWith("Rights groups", StringComparison.Ordinal));
            Assert.Null(groups.Party);
        }
    }
}
