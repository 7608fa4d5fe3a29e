using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General patterns of English news that the own Salala set 61 (accounts70) showed missing, each on sentences of the
    /// tests' own: a disbelief ("hard to believe") refuses the clause after it; a claim "not supported by the facts" is called
    /// false.
    /// </summary>
    public class UnseenStyles61Tests
    {
        private static IncidentClaim[] Claims(string paragraph, string question)
        {
            using var folder = new TempFolder();
            return AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph)
                .Claims.Where(c => c.Question == question).ToArray();
        }

        [Theory]
        [InlineData("Southern officials said it was hard to believe the shelling was an accident.")]
        [InlineData("Southern officials said it was very difficult to believe that the shelling was an accident.")]
        public void ADisbeliefRefusesTheClauseAfterIt(string sentence)
        {
            // "say it is hard to believe it was an accident": the speakers hold it was no accident
            var claim = Assert.Single(Claims(sentence, "deliberate"), c => c.Party == "Southland");
            Assert.Equal("Deliberate", claim.Position);
            Assert.True(claim.Negated);
        }

        [Fact]
        public void ABeliefThatIsNotHardStillHoldsTheClause()
        {
            // the near miss: "not hard to believe" is two negators, and the clause stands
            var claim = Assert.Single(Claims("Southern officials said it was not hard to believe the shelling was an accident.", "deliberate"), c => c.Party == "Southland");
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Theory]
        [InlineData("Omar Diaz said the report's conclusion that Southern troops fired first was not supported by the facts.")]
        [InlineData("Omar Diaz said the finding that Southern troops fired first was unsupported by any evidence.")]
        [InlineData("Omar Diaz said the claim that Southern troops fired first was not borne out by the record.")]
        public void AClaimTheFactsDoNotSupportIsCalledFalse(string sentence)
        {
            // "She stated that the report's conclusion that … was not supported by the facts": the speaker denies the claim
            var claim = Assert.Single(Claims(sentence, "first-shot"), c => c.Party == "Southland");
            Assert.Equal("Northland fired first", claim.Position);
            Assert.True(claim.Negated);
        }
    }
}
