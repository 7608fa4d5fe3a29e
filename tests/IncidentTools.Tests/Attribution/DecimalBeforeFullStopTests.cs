using Xunit;
using static IncidentTools.Tests.Attribution.AbbreviationThenPronounTests;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "… closed at 5.30. Then …", "… was 3.5. It …": a number written with a point keeps no full stop after it (an abbreviation
    /// or a dotted form like "U.S." does), so the full stop ends the sentence and the content before it stops there.
    /// </summary>
    public class DecimalBeforeFullStopTests
    {
        [Fact]
        public void AFullStopAfterADecimalEndsTheSentence()
        {
            Assert.Equal(new[] { "The ferry left at 5.30.", "Then the storm came." }, Sentences("The ferry left at 5.30. Then the storm came."));
            Assert.Equal(2, Sentences("Inflation in the harbour towns was 3.5. It fell in May.").Length);
        }

        [Fact]
        public void NotInsideTheNumberNorAfterADottedAbbreviation()
        {
            Assert.Single(Sentences("The rate rose to 3.5 percent on Monday."));
            Assert.Single(Sentences("The pier was sold to the U.S. Navy on Monday."));
        }

        [Fact]
        public void TheContentStopsAtTheTime()
        {
            var records = Attributions("Mary Cole said the kiosk on the pier closed at 5.30. Then the lights went out along the front.");
            var said = Assert.Single(records, a => a.Cue == "said");
            Assert.Equal("the kiosk on the pier closed at 5.30", said.Content);
        }
    }
}
