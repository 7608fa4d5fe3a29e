using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// party137: a question put for yes or no whose subject names another side than the speaker's and whose verb reports a claim
    /// or holds to a thing ("Will Northland accept the findings?") asks what that side will hold; the answer ("No.") tells the
    /// other side's stance as the speaker sees it, never the speaker's own position (ClaimFinder.OthersStanceAsked). The
    /// speaker's own side asked of, or the speaker asked ("Do you accept …?"), keep the reading. Sentences of the tests' own.
    /// </summary>
    public class OthersStanceAskedTests
    {
        private static IncidentClaim[] TurnClaims(string question, string answer)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, StanceRuleTests.Manifest,
                "Omar Diaz, the commander of Southland's coastal batteries, spoke to Harbour Radio from the port on Tuesday.",
                "Q: Admiral, what happened at the jetty that night?",
                "Diaz: Our gunners fired at a boat they took for a smuggler. It was dark and the sea was high.",
                "Q: " + question,
                "Diaz: " + answer);
            return corpus.Claims.Where(c => c.Question == "report" && c.Speaker == "Omar Diaz").ToArray();
        }

        [Theory]
        [InlineData("Will Northland accept the findings?", "No. Their army walked out of the inquiry on its first day.")]
        [InlineData("Will the Northern government ever accept the findings?", "Never. Their army walked out of the inquiry on its first day.")]
        public void AnotherSidesStanceAskedIsNoPositionOfTheSpeaker(string question, string answer) =>
            Assert.DoesNotContain(TurnClaims(question, answer), c => c.Position != null);

        [Theory]
        // the speaker's own side asked of, and the speaker asked: the answer is the speaker's side's
        [InlineData("Will Southland accept the findings?", "No. Our army walked out of the inquiry on its first day.")]
        [InlineData("Do you accept the findings?", "No. Our army walked out of the inquiry on its first day.")]
        public void TheSpeakersOwnSideAskedKeepsThePosition(string question, string answer)
        {
            var claim = Assert.Single(TurnClaims(question, answer), c => c.Position != null);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Wrong", claim.Position);
        }

        [Theory]
        // party137: "Northland will never accept its findings" in a Southern speaker's words is Northland's stance, not his;
        // his own side's ("Southland will never accept …") stays his
        [InlineData("Northland", null)]
        [InlineData("Southland", "Wrong")]
        public void AStanceAfterAModalOfAnotherSideIsNoPositionOfTheSpeaker(string side, string? position)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, StanceRuleTests.Manifest,
                "Omar Diaz, the Southern commander, said on Friday that whatever the inquiry says, " + side + " will never accept its findings.");
            var claims = corpus.Claims.Where(c => c.Question == "report" && c.Speaker == "Omar Diaz" && c.Position != null).ToArray();
            if (position == null) Assert.Empty(claims);
            else Assert.Equal(position, Assert.Single(claims).Position);
        }

        [Fact]
        public void AnAskedClauseOfAnotherSidesStanceIsNoPositionOfTheSpeaker()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, StanceRuleTests.Manifest,
                "Asked whether the Northern army would accept the findings, Omar Diaz, the Southern commander, said: \"Certainly not.\"");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "report" && c.Position != null);
        }
    }
}
