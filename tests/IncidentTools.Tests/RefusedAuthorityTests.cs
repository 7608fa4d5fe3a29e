using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// fix90c: "will not accept that it was an accident because Washington says so": a refusal of another's word as the ground
    /// refuses that authority, not the clause (accounts-stance.txt authority, authority-echo): no position either way; "not going
    /// to say it was deliberate" asserts nothing (reticent); "would not accept it was an accident" (no "that") denies the clause
    /// as "would not accept that it was" does. Texts of the tests' own.
    /// </summary>
    public class RefusedAuthorityTests
    {
        private static string? PositionOf(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph);
            return corpus.Claims.FirstOrDefault(c => c.Question == "deliberate" && c.Text.StartsWith("Anna Berg", StringComparison.Ordinal))?.Position;
        }

        [Theory]
        [InlineData("Anna Berg said she would not accept that the shelling was an accident because the Southern Guard says so.")]
        [InlineData("Anna Berg said her government would not accept it was an accident just because Southland says it was.")]
        [InlineData("Anna Berg said nobody in the valley would believe the shelling was an accident simply because a general said so.")]
        [InlineData("Anna Berg said she would not accept the shelling was deliberate just because the newspapers say so.")]
        public void ARefusalOfAnothersWordAsTheGroundTakesNoPosition(string paragraph) => Assert.Null(PositionOf(paragraph));

        [Theory]
        // near misses: a ground of the speaker's own leaves the denial standing; the other's word with no refusal before it
        [InlineData("Anna Berg said she would not accept that the shelling was an accident because the guns fired for an hour.", "Deliberate")]
        [InlineData("Anna Berg said she would not accept that the shelling was an accident, because the guns fired for an hour.", "Deliberate")]
        [InlineData("Anna Berg said she would not accept that the shelling was an accident.", "Deliberate")]
        [InlineData("Anna Berg said the shelling was an accident because the inquiry says so.", "Not deliberate")]
        public void AGroundOfOnesOwnOrNoRefusalKeepsTheReading(string paragraph, string position) => Assert.Equal(position, PositionOf(paragraph));

        [Theory]
        [InlineData("Anna Berg said: \"I am not going to say it was deliberate when I do not know it.\"")]
        [InlineData("Anna Berg said she was not going to publicly say the shelling was deliberate.")]
        public void NotGoingToSayAssertsNothing(string paragraph) => Assert.Null(PositionOf(paragraph));

        [Fact]
        public void AStatementMadeIsSaid() =>
            // near miss: the clause said, no refusal to say it
            Assert.Equal("Deliberate", PositionOf("Anna Berg said she was going to say the shelling was deliberate."));

        [Theory]
        [InlineData("Anna Berg said her government would not accept it was an accident.", "Deliberate")]
        [InlineData("Anna Berg said her government will never accept the shelling was deliberate.", "Not deliberate")]
        public void AnAcceptingWithAClauseWithoutThatDeniesIt(string paragraph, string position) => Assert.Equal(position, PositionOf(paragraph));

        [Fact]
        public void ARefusedObjectIsStillCalledSo() =>
            // near miss: the object of the refusal, no clause ("will not accept any deliberate provocation" calls it deliberate)
            Assert.Equal("Deliberate", PositionOf("Anna Berg said her government would not accept any deliberate provocation."));
    }
}
