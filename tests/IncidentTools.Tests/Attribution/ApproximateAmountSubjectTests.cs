using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A subject that opens with a word of approximation before an amount ("about 200 protesters") after an opening phrase
    /// is still the subject of a participle of saying after its verb phrase (Clauses.ParticipleBefore); inside a clause
    /// of another subject the participle stays nobody's (the main clause's speaker did not chant).
    /// </summary>
    public class ApproximateAmountSubjectTests
    {
        [Theory]
        [InlineData("Outside the town hall, about 200 protesters gathered in two groups, chanting “Save the pier.”")]
        [InlineData("Outside the town hall in Dover, nearly 200 protesters gathered in two groups, holding signs and chanting “Save the pier.”")]
        public void TheApproximatedAmountIsTheSubjectOfTheParticiple(string body)
        {
            var q = Q(Quotes(body), "Save the pier.");
            Assert.Contains("200 protesters", q.Speaker);
            Assert.Equal("ParticipleCue", q.Rule);
        }

        [Fact]
        public void AnAmountInAnotherSubjectsClauseStillGivesNobody()
        {
            var quotes = Quotes("Mayor Jo Bell spoke near the pier, where about 50 protesters had gathered, chanting “Save the pier.”");
            Assert.DoesNotContain(quotes, q => q.Text == "Save the pier." && q.Speaker == "Jo Bell");
        }
    }
}
