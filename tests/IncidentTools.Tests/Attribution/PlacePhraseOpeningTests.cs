using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A phrase of place that opens the sentence and ends at its comma ("Outside court, …", "Inside the chamber, …", "Near the
    /// border, …") is passed over like "In a statement, …": the subject after it is the source, never the phrase.
    /// </summary>
    public class PlacePhraseOpeningTests
    {
        [Theory]
        [InlineData("Outside court, the charity's chief executive, Lydia Grant, said the verdict brought relief to the staff.", "Lydia Grant")]
        [InlineData("Inside the chamber, two senators said the vote would be close.", "two senators")]
        [InlineData("Near the border, a village elder said the shelling had stopped at dawn.", "a village elder")]
        [InlineData("Behind closed doors, the minister told aides the plan was finished.", "the minister")]
        public void TheSubjectAfterThePhraseIsTheSource(string body, string source)
        {
            var a = Attributions(body).Single();
            Assert.Equal(source, a.Source);
        }

        [Fact]
        public void AnAdjectiveOutsideAPhraseStaysInTheSubject()
        {
            // no comma: "Outside" describes the experts; they are still the source
            var a = Attributions("Outside experts say the repairs will take a year.").Single();
            Assert.EndsWith("experts", a.Source);
            Assert.Equal("the repairs will take a year", a.Content.TrimEnd('.'));
        }
    }
}
