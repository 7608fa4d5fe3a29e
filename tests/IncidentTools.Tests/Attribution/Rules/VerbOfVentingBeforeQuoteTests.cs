using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Verbs of venting or enthusing (vent, rant, marvel, scoff, gush, rave, enthuse: reporting-verbs.txt) may stand before the
    /// quotation they attribute, not only after it ("vented to her husband that it would be “…”"); their plural nouns, with no
    /// speaker as subject, attribute nothing ("the air vents that line the pier").
    /// </summary>
    public class VerbOfVentingBeforeQuoteTests
    {
        [Theory]
        [InlineData("Ada Lund vented to her husband that the vote would be “a fight from start to finish.”", "a fight", "Ada Lund")]
        [InlineData("Ben Ortiz marveled that the crowd had stayed for “every last minute of the storm.”", "every last", "Ben Ortiz")]
        [InlineData("Ada Lund scoffed at the plan, a “fantasy drawn up by people who never fish.”", "fantasy", "Ada Lund")]
        public void TheSubjectOfTheVerbSaidIt(string body, string quoteStart, string speaker) =>
            Assert.Equal(speaker, Q(Quotes(body), quoteStart).Speaker);

        [Theory]
        [InlineData("The old air vents that line the pier were fitted with “storm-proof” grilles.", "storm-proof")]
        [InlineData("The harbor's engineering marvels were built as a “gift to the town.”", "gift")]
        public void ANounOfTheSameFormAttributesNothing(string body, string quoteStart) =>
            Assert.DoesNotContain(Quotes(body), q => q.Text.StartsWith(quoteStart) && q.Speaker != null);
    }
}
