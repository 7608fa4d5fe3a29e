using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Channels, valleys, and gullies are found …": one bare lower-case word between commas, then "and" or "or", is an item
    /// of a list, not the role of the word before it; "Jo Bell, spokeswoman, said …" keeps the role.
    /// </summary>
    public class ListNotAppositionTests
    {
        [Fact]
        public void AListItemIsNoRole()
        {
            var records = Attributions("Dunes, ridges, and craters mark the plain, and suggest that wind shaped it.\n\n" +
                                       "Ferries, tugs, or barges still use the pier, the harbour master said.");
            Assert.DoesNotContain(records, a => a.Role == "ridges" || a.Role == "tugs");
        }

        [Fact]
        public void ASingleWordRoleBeforeTheCueStaysARole()
        {
            var said = Assert.Single(Attributions("Jo Bell, spokeswoman, said the pier was unsafe."), a => a.Cue == "said");
            Assert.Equal("Jo Bell", said.Speaker);
            Assert.Equal("spokeswoman", said.Role);
        }
    }
}
