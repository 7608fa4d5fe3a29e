using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The council will reject any survey that says the pier is safe", "the town was not ready for another report that says
    /// both crews erred": a restrictive relative whose antecedent is no document in particular (a free-choice "any", or an
    /// indefinite one under a negation) names no source; the clause is nobody's claim. A real report still speaks.
    /// </summary>
    public class HypotheticalRelativeSourceTests
    {
        [Fact]
        public void AnIndefiniteDocumentUnderANegationIsNoSource()
        {
            Assert.DoesNotContain(Attributions("This time the harbour town was not ready for another joint report that says both ferry crews made mistakes."), a => a.Cue == "says");
        }

        [Fact]
        public void AFreeChoiceDocumentIsNoSource()
        {
            Assert.DoesNotContain(Attributions("The council will reject any survey that says the old pier is safe."), a => a.Cue == "says");
        }

        [Fact]
        public void ARealDocumentStillSpeaks()
        {
            var found = Assert.Single(Attributions("The council published a survey that says the old pier is safe."), a => a.Cue == "says");
            Assert.Equal("survey", found.Speaker);
            var named = Assert.Single(Attributions("The town was not ready for the report that says both ferry crews made mistakes."), a => a.Cue == "says");
            Assert.Equal("report", named.Speaker);
        }
    }
}
