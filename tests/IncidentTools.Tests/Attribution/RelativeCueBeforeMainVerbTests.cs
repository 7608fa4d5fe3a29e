using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Farmers who criticized the levy said it would fail", "Jo Bell, a nurse who described herself as a skeptic, said …": the
    /// content of a cue inside a relative clause ends before the main verb whose subject is the noun the clause describes; that
    /// verb reports the antecedent's words. Sentences of the tests' own.
    /// </summary>
    public class RelativeCueBeforeMainVerbTests
    {
        [Theory]
        [InlineData("Farmers who criticized the levy said it would fail within a year.", "criticized", "the levy")]
        [InlineData("Mr. Pell, a grocer who described himself as a lifelong skeptic, said he had doubts about the levy.", "described", "himself as a lifelong skeptic")]
        public void TheRelativesContentStopsBeforeTheMainVerb(string text, string cue, string content)
        {
            var records = Attributions(text);
            var inner = Assert.Single(records, a => a.Cue == cue);
            Assert.Equal(content, inner.Content);
        }

        [Fact]
        public void TheMainVerbReportsTheAntecedent()
        {
            var records = Attributions("Farmers who criticized the levy said it would fail within a year.");
            var said = Assert.Single(records, a => a.Cue == "said");
            Assert.Equal("Farmers who criticized the levy", said.Source);
            Assert.Equal("it would fail within a year", said.Content);
        }

        [Fact]
        public void NotWhenTheVerbAfterIsTheRelativesObjectClause()
        {
            // near miss: the verb after the relative's cue has its own subject inside the content
            var records = Attributions("The farmers who believe the minister said too little have left the party.");
            var believe = Assert.Single(records, a => a.Cue == "believe");
            Assert.StartsWith("the minister said", believe.Content);
        }
    }
}
