using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Quantities as speakers: a ratio joined by "out of" ("Nine out of 10 say …") speaks as the ratio as a whole, never its
    /// last number ("10"), as "six in 10" does; a share whose amount is spelled out ("Thirty-one percent say …") is that
    /// amount's share, never "percent". Sentences of the tests' own.
    /// </summary>
    public class QuantitySpeakerTests
    {
        private const string Lead = "A survey of the valley's growers was published on Tuesday.\n\n";

        [Theory]
        [InlineData("Nine out of 10 say the new water rules are too strict.", "Nine out of 10")]
        [InlineData("Nearly seven out of 10 said the orchard levy should be dropped.", "seven out of 10")]
        [InlineData("Thirty-one percent say the orchard levy should be dropped.", "Thirty-one percent")]
        [InlineData("Sixty percent said the new water rules are too strict.", "Sixty percent")]
        public void TheQuantityAsAWholeSpeaks(string sentence, string speaker)
        {
            var claim = Attributions(Lead + sentence).Single(a => a.Rule == "CueThenContent" && a.Source != null && !a.Content.StartsWith("A survey"));
            Assert.Equal(speaker, claim.Speaker);
        }

        [Fact]
        public void AGroupAfterTheRatioStillHeadsIt()
        {
            // near miss: the group is named after "out of", and it speaks
            var claim = Attributions(Lead + "Nine out of 10 growers say the new water rules are too strict.").Single(a => a.Content.StartsWith("the new water"));
            Assert.Equal("growers", claim.Speaker);
        }
    }
}
