using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Understatement denies the cue after it: "hard to call it a mistake", "difficult for us to call the shelling an
    /// accident", "hard to see it as an accident", "difficult to describe this as an error", "the raid was difficult to describe as an
    /// accident" (accounts-negations.txt) say the act was no accident, as "hard to believe it was an accident" does; "hard to see" with no "as" after its object denies
    /// nothing. Sentences of the tests' own.
    /// </summary>
    public class UnderstatementNegationTests
    {
        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == "deliberate");

        [Theory]
        [InlineData("The prime minister said it was hard to call the raid on the posts a mistake.", "it was hard to call")]
        [InlineData("The prime minister said it was very difficult for his government to call the shelling an accident.", "it was very difficult")]
        [InlineData("The prime minister said it was hard to see the raid as an accident.", "it was hard to see")]
        [InlineData("The prime minister said it was difficult to describe what happened as an error.", "it was difficult to describe")]
        [InlineData("The prime minister said a raid of three hours was very difficult to describe as an accident.", "a raid of three hours")]
        [InlineData("The prime minister said the raid was hard for anyone to describe as an accident.", "the raid was hard")]
        public void ADifficultyInCallingItAMistakeIsDeliberate(string sentence, string content)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "Pakistan's Prime Minister Yousuf Raza Gilani spoke to the nation on Sunday.", sentence);
            var claim = Claim(corpus, content);
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void PostsHardToSeeFromTheAirDenyNothing()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "A U.S. official said the posts were hard to see from the air and the strike was a mistake.");
            Assert.Equal("Not deliberate", Claim(corpus, "the posts were hard to see").Position);
        }
    }
}
