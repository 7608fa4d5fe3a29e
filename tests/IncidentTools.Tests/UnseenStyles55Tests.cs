using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Patterns of unseen styles (accounts56, on the own Salala set 55): a negator in the subject of the verb that reports a
    /// cue ("An officer who was not authorised to speak said …") does not deny the cue; a pronoun of nobody as the target
    /// after a cue's preposition ("had fired on nobody") denies it; a cue in a question after a verb of asking ("asked why
    /// the ministry had not called it deliberate") takes no position. Sentences of the tests' own.
    /// </summary>
    public class UnseenStyles55Tests
    {
        /// <summary>The stance tests' manifest: "fired on" and "under attack" as each side's words of being the target.</summary>
        private static readonly string FiredOn = StanceRuleTests.Manifest;

        [Fact]
        public void ANegatorInTheSubjectOfTheReportingVerbDeniesNothing()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, FiredOn,
                "A Northern officer who was not authorised to speak to reporters said the patrol came under attack from the ridge before dawn.");
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
            Assert.False(claim.Negated);
            Assert.Equal(claim.Text.IndexOf("the patrol came", System.StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }

        [Fact]
        public void ANegatorRightBeforeTheReportingVerbStillDenies()
        {
            // the near miss: the verb's own negator, two words before it (a cue of no side's word: "the patrol came under attack",
            // a word of either side denied, takes no position, StanceRuleTests.ADeniedWordOfEitherSideTakesNoPosition)
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, FiredOn,
                "Anna Berg has never really believed Southern troops fired first at the ridge.");
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("Anna Berg", claim.Speaker);
            Assert.Equal("Northland fired first", claim.Position);
            Assert.True(claim.Negated);
        }

        [Fact]
        public void NobodyAsTheTargetDeniesTheAct()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, FiredOn,
                "Omar Diaz said the Southern troops had fired on nobody that night.");
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Northland fired first", claim.Position);
            Assert.True(claim.Negated);
        }

        [Fact]
        public void ATargetOfSomebodyKeepsTheAct()
        {
            // the near miss: the same sentence with a target named
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, FiredOn,
                "Omar Diaz said the Southern troops had fired on the patrol that night.");
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
            Assert.False(claim.Negated);
        }

        [Fact]
        public void ACueInAQuestionAskedTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, FiredOn,
                "A Southern senator, Omar Diaz, asked why the ministry had not called the shelling deliberate.",
                "Anna Berg wondered who had fired on the patrol first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Omar Diaz" && c.Question != null);
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Anna Berg" && c.Question != null);
        }

        [Fact]
        public void AStatementAfterAVerbOfAskingKeepsItsPosition()
        {
            // the near miss: a that-clause after the question's verb is no question asked ("had not called the shelling
            // deliberate" is now a name not yet given, no position: Set81PositionCausesTests; the name given keeps its position)
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, FiredOn,
                "Omar Diaz said the Interior Ministry had called the shelling deliberate.");
            var claim = corpus.Claims.Single(c => c.Speaker == "Omar Diaz" && c.Question == "deliberate");
            Assert.Equal("Deliberate", claim.Position);
        }
    }
}
