using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// party135: a claim noun's clause whose predicate, right after its verb "be", is a scornful verdict ("… was an insult to the
    /// fallen", "… is a complete fabrication"; accounts-negations.txt "scorn:") rejects the claim, as "… was false" does; an act
    /// so judged is not denied ("the deliberate attack was an insult to the nation" leaves it deliberate). Sentences of the tests' own.
    /// </summary>
    public class ScornfulVerdictNegationTests
    {
        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == "deliberate");

        [Theory]
        [InlineData("The army spokesman said the claim that the shelling was an accident was an insult to the fallen.", "the claim that")]
        [InlineData("The army spokesman said the idea of an accident is a complete fabrication.", "the idea of")]
        [InlineData("The army spokesman said the suggestion of an accident was a joke.", "the suggestion of")]
        public void AClaimCalledAnInsultIsDenied(string sentence, string content)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "Pakistan's army spoke about the border posts on Monday.", sentence);
            var claim = Claim(corpus, content);
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void AnActCalledAnInsultStands()
        {
            // the near miss: the verdict said of the act, not of a claim about it
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "Pakistan's army spoke about the border posts on Monday.",
                "The army spokesman said the deliberate shelling of the posts was an insult to the nation.");
            Assert.Equal("Deliberate", Claim(corpus, "the deliberate shelling").Position);
        }
    }
}
