using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A body whose name a title opens (texts of its own): "the General Staff said", "the General Command said" is the body
    /// whole, not a person named "Staff" or "Command" with the title "General"; a title before a person's name and a
    /// lower-case "staff" keep their readings.
    /// </summary>
    public class TitledBodyTests
    {
        [Theory]
        [InlineData("The General Staff said the convoy had turned back.", "General Staff")]
        [InlineData("General Staff said the convoy had turned back.", "General Staff")]
        [InlineData("The General Command said the convoy had turned back.", "General Command")]
        public void ATitleBeforeTheHeadOfABodyIsTheBody(string body, string speaker)
        {
            Assert.Equal(speaker, Attributions(body).Single().Speaker);
        }

        [Fact]
        public void ATitleBeforeAPersonsNameStillSplits()
        {
            // near miss: a surname after the title is the person
            Assert.Equal("Ilsa Marrow", Attributions("General Ilsa Marrow said the convoy had turned back.").Single().Speaker);
        }

        [Fact]
        public void LowerCaseStaffIsNoBodyOfATitle()
        {
            // near miss: "staff" in lower case after a title's word is not read as the body
            var found = Attributions("The general's staff said the convoy had turned back.");
            Assert.DoesNotContain(found, a => a.Speaker == "General Staff" || a.Speaker == "Staff");
        }
    }
}
