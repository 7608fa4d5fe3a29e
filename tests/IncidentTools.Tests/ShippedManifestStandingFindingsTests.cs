using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's forms of a side standing by its inquiry's findings or turning them down (accounts120): what came
    /// after "did not alter the conclusion of" the inquiry or "has not changed the findings", and the inquiry that "had shown"
    /// something, said by the side that made it (Findings are accurate); the findings, report or conclusions "turned down"
    /// (Findings are wrong). Each with the near miss it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestStandingFindingsTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Findings(IncidentCorpus corpus) => Assert.Single(corpus.Claims, c => c.Question == "findings" && !string.IsNullOrEmpty(c.Position));

        [Theory]
        [InlineData("A Pentagon spokesman said the apology did not alter the conclusion of the military's inquiry.")]
        [InlineData("A Pentagon spokesman said the new evidence has not changed the findings of the review.")]
        [InlineData("A Pentagon spokesman said the American inquiry had shown that the troops returned fire.")]
        public void TheSideThatMadeTheFindingsLeavesThemStanding(string sentence)
        {
            using var folder = new TempFolder();
            var claim = Findings(Load(folder, sentence));
            Assert.Equal("United States", claim.Party);
            Assert.Equal("Findings are accurate", claim.Position);
        }

        [Fact]
        public void TheOtherSidesOwnConclusionLeftStandingIsNoEndorsement()
        {
            // the near miss: the Pakistani side's own conclusion, which the findings question is not about
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pakistani army spokesman said the apology did not alter the conclusion of its own inquiry.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings" && c.Position == "Findings are accurate");
        }

        [Fact]
        public void FindingsTurnedDownAreWrong()
        {
            using var folder = new TempFolder();
            var claim = Findings(Load(folder, "A Pakistani army spokesman said Islamabad had turned down the findings of the American report."));
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Findings are wrong", claim.Position);
        }

        [Fact]
        public void AnOfferTurnedDownIsNoPositionOnTheFindings()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pakistani army spokesman said Islamabad had turned down an offer of new talks.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings" && !string.IsNullOrEmpty(c.Position));
        }
    }
}
