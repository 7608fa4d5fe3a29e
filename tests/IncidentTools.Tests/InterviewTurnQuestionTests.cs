using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// An interview's answer that only points back ("I would say we cannot rule it out", "That was not the case") says the question
    /// put for yes or no in the turn right before it, as "Asked whether …" does inside one sentence (ClaimFinder.TurnQuestion).
    /// Sentences of the tests' own.
    /// </summary>
    public class InterviewTurnQuestionTests
    {
        private static IncidentClaim[] Claims(string question, string answer)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, StanceRuleTests.Manifest,
                "Omar Diaz, the commander of Southland's coastal batteries, spoke to Harbour Radio from the port on Tuesday.",
                "Q: Admiral, what happened at the jetty that night?",
                "Diaz: Our gunners fired at a boat they took for a smuggler. It was dark and the sea was high.",
                "Q: " + question,
                "Diaz: " + answer);
            return corpus.Claims.Where(c => c.Question == "deliberate").ToArray();
        }

        [Theory]
        [InlineData("So do you think the shelling was deliberate?", "I would say we cannot rule it out. The logs will tell.", "Deliberate")]
        [InlineData("Was the shelling deliberate?", "That was not the case. The gunners lost their bearings in the swell.", "Not deliberate")]
        [InlineData("The harbour master says he saw the flares. Was the shelling deliberate, then?", "Certainly not.", "Not deliberate")]
        public void AnAnswerSaysTheQuestionOfTheTurnBefore(string question, string answer, string position)
        {
            var claim = Assert.Single(Claims(question, answer));
            Assert.Equal("Omar Diaz", claim.Speaker);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal(position, claim.Position);
        }

        [Theory]
        // a question not put for yes or no, an answer that does not point back, a question whose answer comes in a later sentence
        [InlineData("Why would anyone call the shelling deliberate?", "I would say we cannot rule it out.")]
        [InlineData("Was the shelling deliberate?", "The inquiry will look at everything the gunners did.")]
        [InlineData("Was the shelling deliberate?", "The logs will tell. We cannot rule it out.")]
        // a statement, not a question
        [InlineData("Some in the port call the shelling deliberate.", "I would say we cannot rule it out.")]
        public void AnAnswerThatDoesNotSayTheQuestionTakesNoPosition(string question, string answer)
        {
            Assert.DoesNotContain(Claims(question, answer), c => c.Party == "Southland" && c.Position != null);
        }
    }
}
