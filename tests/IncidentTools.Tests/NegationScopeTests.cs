using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Negation and its scope around a position cue (Negation, accounts-stance.txt and accounts-negations.txt; texts of the
    /// tests' own): an infinitive of excess denies its cue ("too accurate to be an accident"); "does not exclude that X" is a
    /// hedge that puts X forward; a negated verb of ending, easing or excusing leaves its object standing ("would not end the
    /// mistrust", "had no excuse for …"), and so does a negated change of a held position ("has not changed its position that
    /// X"); "he would not accept that X", in a person's own report, is that person's refusal of X.
    /// </summary>
    public class NegationScopeTests
    {
        private const string Coordination = @"
  - id: coordination
    text: Did the two armies coordinate?
    positions:
      - label: Coordination failed
        cues: [mistrust, miscommunication]
      - label: Coordination worked
        cues: [close coordination]
";

        private static string? PositionOf(string paragraph, string question = "deliberate")
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Coordination, paragraph);
            return corpus.Claims.SingleOrDefault(c => c.Question == question)?.Position;
        }

        [Theory]
        [InlineData("Anna Berg said the shelling went on far too long after the warning was given to be called an accident.")]
        [InlineData("Anna Berg said the shelling was too accurate to have been an accident.")]
        [InlineData("Anna Berg said there were too many shells for it to be dismissed as an accident.")]
        public void AnInfinitiveOfExcessDeniesItsCue(string paragraph) =>
            Assert.Equal("Deliberate", PositionOf(paragraph));

        [Fact]
        public void AnInfinitiveOfExcessWithItsOwnNegatorAffirmsTheCue() =>
            // two negations: "too accurate not to be deliberate" says it was
            Assert.Equal("Deliberate", PositionOf("Anna Berg said the shelling was too accurate not to be deliberate."));

        [Theory]
        [InlineData("Anna Berg said the gunners were too far away to be blamed for the accident.")]
        [InlineData("Anna Berg said it was too soon to be sure the shelling was an accident.")]
        public void ACueOutsideTheComplementOfAnInfinitiveOfExcessIsNotDenied(string paragraph) =>
            // near misses: the cue in a phrase of its own after the infinitive, or in a clause of its own
            Assert.Equal("Not deliberate", PositionOf(paragraph));

        [Theory]
        [InlineData("Omar Diaz said the Foreign Office does not exclude that the shelling was deliberate.")]
        [InlineData("Omar Diaz said the inquiry cannot exclude that the shelling was deliberate.")]
        public void ANegatedExclusionOfAClauseIsAHedgeThatPutsItForward(string paragraph) =>
            Assert.Equal("Deliberate", PositionOf(paragraph));

        [Fact]
        public void AnExclusionOfAClauseDeniesIt() =>
            Assert.Equal("Not deliberate", PositionOf("Omar Diaz said the inquiry had excluded that the shelling was deliberate."));

        [Theory]
        [InlineData("Omar Diaz said the new treaty would not end the mistrust between the two armies.")]
        [InlineData("Omar Diaz said the visit did nothing to ease the mistrust between the two armies.")]
        [InlineData("Omar Diaz said the talks will not remove the mistrust between the two armies.")]
        public void ANegatedEndingLeavesItsObjectStanding(string paragraph) =>
            Assert.Equal("Coordination failed", PositionOf(paragraph, "coordination"));

        [Theory]
        [InlineData("Omar Diaz said the Northern Army had no excuse for the accidental shelling of the market.")]
        [InlineData("Omar Diaz said nothing could justify the accidental shelling of the market.")]
        public void ANegatedExcuseLeavesWhatItWouldExcuseStanding(string paragraph) =>
            Assert.Equal("Not deliberate", PositionOf(paragraph));

        [Theory]
        [InlineData("Anna Berg said Northland has not changed its position that the shelling was an accident.")]
        [InlineData("Anna Berg said the ministry never revised its conclusion that the shelling was an accident.")]
        public void ANegatedChangeOfAHeldPositionLeavesItsClauseStanding(string paragraph) =>
            Assert.Equal("Not deliberate", PositionOf(paragraph));

        [Fact]
        public void ANegatedVerbThatChangesNothingStillDeniesTheClause() =>
            // near miss: the that-clause of a verb, not of a held noun after a verb of changing, is still denied
            Assert.Equal("Deliberate", PositionOf("Anna Berg said Northland does not believe that the shelling was an accident."));

        [Theory]
        [InlineData("Omar Diaz said he would not accept that the shelling had been an accident.")]
        [InlineData("Omar Diaz said that the shells kept falling, and that he did not accept that it had been an accident.")]
        public void APersonRefusingInTheirOwnReportRefusesTheClause(string paragraph) =>
            Assert.Equal("Deliberate", PositionOf(paragraph));
    }
}
