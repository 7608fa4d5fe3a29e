using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The side of the unnamed answerer of a labelled interview ("Q: … ¶ A: …"): not the side of the last speaker, who is
    /// most often one the question itself reported ("Q: Northland says … What is your response?"); texts of the tests' own.
    /// </summary>
    public class ClaimAnswerLabelPartyTests
    {
        private static IncidentClaim Single(IncidentCorpus corpus, string source, string content) =>
            corpus.Claims.Single(c => c.Source == source && c.Content.StartsWith(content, StringComparison.Ordinal));

        [Fact]
        public void AnAnswerLabelIsNotTheSideTheQuestionReported()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The following answers were given to reporters at a briefing in the capital on Tuesday.",
                "Q: Northland says the shelling was deliberate. What is your response?",
                "A: We regret the loss of life. The shelling was an accident, and nobody on our side knew the hut was occupied.");
            // the question's own report is Northland's
            Assert.Equal("Northland", Single(corpus, "Northland", "the shelling was deliberate").Party);
            // the answer is no one's the manifest knows: no side, so no position for Northland
            var answer = Single(corpus, "A", "We regret the loss of life");
            Assert.Null(answer.Party);
            Assert.Null(answer.Position);
        }

        [Fact]
        public void AnAnsweringSpeakerNamedByALabelKeepsTheSide()
        {
            // the near miss: a label that names the speaker ("BERG:") is that speaker's side, whatever the question reported
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg spoke to reporters at a briefing in the capital on Tuesday.",
                "HOST: Southland says the shelling was deliberate. What is your response?",
                "BERG: We regret the loss of life. The shelling was an accident.");
            var answer = Single(corpus, "BERG", "We regret the loss of life");
            Assert.Equal("Northland", answer.Party);
            Assert.Equal("Not deliberate", answer.Position);
        }
    }
}
