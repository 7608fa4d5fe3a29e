using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A subject that is a ratio with no group after it ("Six in 10 say …", "more than 4 in 10 said …", "two of three said …")
    /// speaks as the share as a whole: its speaker is the ratio, never its last number ("10"). A group named after the ratio
    /// heads the phrase as before ("six in 10 anglers say": the anglers). Sentences of the tests' own.
    /// </summary>
    public class RatioShareSpeakerTests
    {
        private const string Lead = "A survey of the island's anglers was published on Friday.\n\n";

        [Theory]
        [InlineData("Six in 10 say the new quota is too strict.", "Six in 10")]
        [InlineData("More than 4 in 10 said the harbour fees should be cut.", "4 in 10")]
        [InlineData("Two of three said the catch had shrunk since spring.", "Two of three")]
        public void ARatioAloneIsTheSpeakerAsAWhole(string sentence, string speaker)
        {
            var claim = Attributions(Lead + sentence).Single(a => a.Rule == "CueThenContent" && a.Source != null && !a.Content.StartsWith("A survey"));
            Assert.Equal(speaker, claim.Speaker);
        }

        [Fact]
        public void AGroupAfterTheRatioStillHeadsIt()
        {
            // near miss: the group is named, and it speaks
            var claim = Attributions(Lead + "About six in 10 anglers say the new quota is too strict.").Single(a => a.Content.StartsWith("the new quota"));
            Assert.Equal("anglers", claim.Speaker);
        }
    }
}
