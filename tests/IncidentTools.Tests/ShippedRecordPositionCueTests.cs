using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of positions each side's record puts in its own words: the conclusions called sound or
    /// kept as the side's view, a refusal to revise them, the report "short on facts"; a side's denial that it provoked the
    /// attack; the posts known to the other side and maps exchanged with it. Sentences of the tests' own.
    /// </summary>
    public class ShippedRecordPositionCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string textStart, string question) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal) && c.Question == question);

        [Theory]
        [InlineData("A Pentagon spokesman said on Monday that the inquiry's conclusions were sound.", "United States", "Findings are accurate")]
        [InlineData("A Pentagon spokesman said the inquiry's conclusions remain the American view.", "United States", "Findings are accurate")]
        [InlineData("A Pentagon spokesman said Washington would not revise its findings.", "United States", "Findings are accurate")]
        [InlineData("Pakistan's Foreign Office said the American report was short on facts.", "Pakistan", "Findings are wrong")]
        public void TheFindingsInTheSidesOwnWords(string sentence, string party, string position)
        {
            using var folder = new TempFolder();
            var c = Claim(Load(folder, sentence), sentence.Substring(0, 12), "findings");
            Assert.Equal((party, position), (c.Party, c.Position));
        }

        [Fact]
        public void ASideDenyingItProvokedTheAttackSaysTheOtherBeganIt()
        {
            using var folder = new TempFolder();
            var c = Claim(Load(folder, "Pakistan's Foreign Minister said our soldiers did not provoke that attack."), "Pakistan's Foreign Minister", "first-fire");
            Assert.Equal(("Pakistan", "U.S. side fired first"), (c.Party, c.Position));
        }

        [Theory]
        [InlineData("The Pakistani army said its posts were known to the coalition.")]
        [InlineData("The Pakistani army said the positions of both posts were well known to ISAF.")]
        [InlineData("The Pakistani army said the posts had been marked on maps exchanged with NATO.")]
        public void ThePostsKnownToTheOtherSideIsCoordinationWorked(string sentence)
        {
            using var folder = new TempFolder();
            var c = Claim(Load(folder, sentence), "The Pakistani army", "coordination");
            Assert.Equal(("Pakistan", "Coordination worked"), (c.Party, c.Position));
        }

        [Fact]
        public void AViewKnownToTheOtherSideIsNoCoordination()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Pakistani army said its views were well known to the coalition.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }
    }
}
