using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The team chose only people who had reported …": a past form not in -ed ("chose", "made", "took") right before the
    /// antecedent of a relative pronoun is the clause's verb, not the first word of the antecedent, so the speaker of the
    /// relative clause is "people", never "chose only people".
    /// </summary>
    public class RelativeAfterIrregularPastTests
    {
        [Fact]
        public void TheAntecedentStartsAfterThePastForm()
        {
            var reported = Assert.Single(Attributions("The harbour team chose only skippers who had reported good weather in March."), a => a.Cue == "reported");
            Assert.Equal("who", reported.Source);
            Assert.Equal("skippers", reported.Speaker);
        }

        [Fact]
        public void AParticipleBeforeTheAgentStillDescribesTheNoun()
        {
            var found = Assert.Single(Attributions("The statement made by the ferry company, which said the pier was unsafe, came on Monday."), a => a.Cue == "said");
            Assert.Equal("which", found.Source);
            Assert.Equal("ferry company", found.Speaker);
        }
    }
}
