using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The nation has not forgotten that the posts were attacked without provocation": a verb of forgetting or overlooking under
    /// a negator denies the forgetting only, so a position cue in the that-clause right after it is held, not denied
    /// (accounts-stance.txt 'factive'; texts of the tests' own).
    /// </summary>
    public class FactiveNegationTests
    {
        [Theory]
        [InlineData("Anna Berg said the people of the valley had not forgotten that the shelling was deliberate.")]
        [InlineData("Anna Berg said her ministry would never forget that the raid on the farms had been deliberate.")]
        [InlineData("Anna Berg said nobody in the capital had overlooked that the shelling was deliberate.")]
        public void ANegatedForgettingLeavesItsClauseHeld(string paragraph) =>
            Assert.Equal("Deliberate", ChangeDeniedNegationTests.PositionOf(paragraph, "Anna Berg"));

        [Theory]
        // near misses: the same negator before a verb that does not hold its clause true denies the cue
        [InlineData("Anna Berg said the people of the valley had not believed that the shelling was deliberate.")]
        [InlineData("Anna Berg said her ministry would never say that the raid on the farms had been deliberate.")]
        public void ANegatorBeforeAnotherVerbStillDenies(string paragraph) =>
            Assert.Equal("Not deliberate", ChangeDeniedNegationTests.PositionOf(paragraph, "Anna Berg"));
    }
}
