using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A titled body after a modifier or an owner (texts of its own): "the coastal General Command said", "the navy's General
    /// Staff said" is the body whole, not a person named "Command" or "Staff" with the title "General"; so a later "it" is
    /// the body, not the statement it spoke in.
    /// </summary>
    public class ModifiedTitledBodyTests
    {
        [Theory]
        [InlineData("The coastal General Command said the convoy had turned back.", "coastal General Command")]
        [InlineData("The navy's General Staff said the convoy had turned back.", "navy's General Staff")]
        public void AModifiedTitledBodyIsTheBody(string body, string speaker)
        {
            Assert.Equal(speaker, Attributions(body).Single().Speaker);
        }

        [Fact]
        public void ItAfterAModifiedTitledBodyIsTheBodyNotItsStatement()
        {
            var found = Attributions("The coastal General Command said in a statement that the drill was routine. \u201cNothing was fired,\u201d it said.");
            Assert.All(found, a => Assert.Equal("coastal General Command", a.Speaker));
        }

        [Fact]
        public void ALowerCaseStaffAfterAModifierIsNoTitledBody()
        {
            // near miss: "staff" in lower case keeps its reading as a description
            var found = Attributions("The general's hospital staff said the convoy had turned back.");
            Assert.DoesNotContain(found, a => a.Speaker != null && a.Speaker.EndsWith("Staff"));
        }
    }
}
