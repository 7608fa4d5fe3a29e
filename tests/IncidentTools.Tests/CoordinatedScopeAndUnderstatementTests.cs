using System;
using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A negated head governs every infinitive coordinated with its first ("no effort to X, or to deliberately Y"); "hardly"
    /// and "scarcely" deny what follows them ("could hardly have been an accident"), not a surprise ("hardly surprising that
    /// …"); and "some in Southland" are unnamed people of the place, of no side. Sentences of the tests' own, on
    /// <see cref="StanceRuleTests.Manifest"/>.
    /// </summary>
    public class CoordinatedScopeAndUnderstatementTests
    {
        private static IncidentClaim[] Claims(string paragraph, string question)
        {
            using var folder = new TempFolder();
            return AccountTestCorpus.Load(folder, StanceRuleTests.Manifest, paragraph).Claims.Where(c => c.Question == question).ToArray();
        }

        [Theory]
        [InlineData("Omar Diaz said there had been no plan to shell the villages or the roads near the border, or to deliberately strike the depots.")]
        [InlineData("Omar Diaz said the Guard had made no attempt to hit the posts, or to deliberately cut the supply line.")]
        public void ANegatedHeadGovernsACoordinatedInfinitive(string sentence)
        {
            var claim = Assert.Single(Claims(sentence, "deliberate"));
            Assert.Equal("Not deliberate", claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        // a pair of words set off after the negated head, before the relative clause that holds the cue
        [InlineData("Omar Diaz said there was no officer, junior or senior, who deliberately shelled the posts.", "Not deliberate")]
        // no negator before the head: the pair passed over denies nothing
        [InlineData("Omar Diaz said the officers, junior and senior, who deliberately shelled the posts must be tried.", "Deliberate")]
        public void APairSetOffAfterANegatedHeadIsPassedOver(string sentence, string position) =>
            Assert.Equal(position, Assert.Single(Claims(sentence, "deliberate")).Position);

        [Theory]
        // no negated head: the coordinated infinitive keeps its own reading
        [InlineData("Omar Diaz said the Guard had tried to hold the line, or to deliberately draw the fire.", "Deliberate")]
        // a negator of the first infinitive's own verb only ("to not shell …") is no head of the second
        [InlineData("Omar Diaz said the orders were to hold the villages, or to deliberately shell the depots.", "Deliberate")]
        public void WithoutANegatedHeadTheCoordinatedInfinitiveStands(string sentence, string position)
        {
            Assert.Equal(position, Assert.Single(Claims(sentence, "deliberate")).Position);
        }

        [Theory]
        [InlineData("Omar Diaz said a shelling that long could hardly have been an accident.", "Deliberate")]
        [InlineData("Omar Diaz said the shelling can scarcely be called an accident.", "Deliberate")]
        [InlineData("Omar Diaz said the shelling was hardly deliberate.", "Not deliberate")]
        public void HardlyAndScarcelyDeny(string sentence, string position)
        {
            var claim = Assert.Single(Claims(sentence, "deliberate"));
            Assert.Equal(position, claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        [InlineData("Omar Diaz said it was hardly surprising that the shelling was deliberate.")]
        [InlineData("Omar Diaz said it was scarcely a surprise that the shelling was deliberate.")]
        public void ASurpriseDeniedGrantsTheClause(string sentence)
        {
            var claim = Assert.Single(Claims(sentence, "deliberate"));
            Assert.Equal("Deliberate", claim.Position);
            Assert.False(claim.Negated);
        }

        [Theory]
        [InlineData("Some in Southland say the shelling was deliberate.")]
        [InlineData("Many in Southland believe the shelling was deliberate.")]
        public void SomeInACountryAreOfNoSide(string sentence)
        {
            Assert.DoesNotContain(Claims(sentence, "deliberate"), c => c.Party == "Southland");
        }

        [Fact]
        public void ABodyOfTheSideStillSpeaksForIt()
        {
            // not a place after "in": the Southern Guard's own men
            var claims = Claims("Some in the Southern Guard say the shelling was deliberate.", "deliberate");
            Assert.Contains(claims, c => c.Party == "Southland" && c.Position == "Deliberate");
        }
    }
}
