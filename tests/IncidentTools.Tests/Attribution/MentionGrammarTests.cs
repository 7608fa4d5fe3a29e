using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The mention grammar the rules share: names with their appositions.</summary>
    public class MentionGrammarTests
    {
        [Theory]
        [InlineData("“The pier must close,” Ada Lund, the harbour's chief engineer, one of three on the island, said on Monday.", "Ada Lund")]
        [InlineData("“The pier must close,” Senator Ada Lund, R-Ky., said on Monday.", "Senator Ada Lund")]
        [InlineData("“The pier must close,” Senator Ada Lund, D-N.Y., said on Monday.", "Senator Ada Lund")]
        public void ANameWithAppositionsBeforeItsCue(string body, string mention)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), "")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal("said", a.CueWords!.Text);
        }

        [Fact]
        public void ASecondCommaPhraseThatIsNotClosedBeforeACueIsNoApposition()
        {
            // "…, one of three on the island" runs to the end of the sentence: no cue after it
            var c = RunRules("“The pier must close,” Ada Lund, the harbour's chief engineer, one of three on the island.", new QuoteThenCue());
            Assert.Empty(c.Found);
        }
    }
}
