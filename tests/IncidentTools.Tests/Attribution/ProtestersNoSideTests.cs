using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Protesters and demonstrators (accounts-unaffiliated-words.txt) are private people, as residents and witnesses are:
    /// what a crowd chants is no side's claim, and it takes no side from the speaker of the paragraph before, while a bare
    /// "the official" after that speaker still does. Texts and a manifest of the tests' own.
    /// </summary>
    public class ProtestersNoSideTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodies;

        private static IncidentClaim ClaimOf(string body, string contentStart)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Anger after strait collision\n\n" + body);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content.StartsWith(contentStart, StringComparison.Ordinal));
        }

        private const string Before =
            "A Swedish coast guard officer said the ferry had ignored two warnings before the collision.\n\n";

        [Theory]
        [InlineData("In Copenhagen, several hundred demonstrators gathered outside the embassy, chanting \"The strait is ours\" and waving flags.\n", "hundred demonstrators")]
        [InlineData("Outside the court, protesters chanted \"The strait is ours\" as the hearing opened.\n", "protesters")]
        public void ACrowdsChantTakesNoSideFromTheSpeakerBefore(string crowd, string speaker)
        {
            var claim = ClaimOf(Before + crowd, "The strait is ours");
            Assert.Equal(speaker, claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Fact]
        public void ABareOfficialAfterTheSpeakerKeepsTheSpeakersSide()
        {
            // the near miss: "the officer" is the one just named, of his side
            var claim = ClaimOf(Before + "The officer said \"The strait is ours to patrol\" when asked about the route.\n", "The strait is ours");
            Assert.Equal("Sweden", claim.Party);
        }
    }
}
