using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A side's version of the act called unfit for the facts denies it: "the explanation of an accident does not fit the
    /// facts", "the account of a mistake is at odds with the facts" (accounts-negations.txt: "explanation" an account noun,
    /// "does not fit the facts" and its kin falsity phrases) say the act was no accident; the same explanation with nothing
    /// said against it keeps its side's position. Sentences of the tests' own.
    /// </summary>
    public class FactsDoNotFitTests
    {
        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == "deliberate");

        [Theory]
        [InlineData("The army spokesman said the explanation of an accident does not fit the facts.", "the explanation of an accident")]
        [InlineData("The army spokesman said the Western account of a mistake was at odds with the facts.", "the Western account")]
        [InlineData("The army spokesman said the explanation of a mistake did not match the evidence on the ground.", "the explanation of a mistake")]
        public void AnAccidentTheFactsDoNotFitIsNoAccident(string sentence, string content)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "Pakistan's army spoke about the border posts on Monday.", sentence);
            var claim = Claim(corpus, content);
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void AnExplanationOfAnAccidentLeftStandingIsNotDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "A U.S. official said the explanation was simple: the strike was an accident.");
            Assert.Equal("Not deliberate", Claim(corpus, "the explanation was simple").Position);
        }
    }
}
