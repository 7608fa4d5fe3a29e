using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Offices of school boards, city councils and town meetings as local papers write them before a name (titles.txt):
    /// "Trustee Ada Lund", "Alderman Tom Reyes", "Selectwoman Jo Bell", "County Supervisor Ada Lund" are the person, the title goes to the role; "the
    /// trustee" (speaker-nouns.txt) names the person written with it.
    /// </summary>
    public class LocalOfficeTitleTests
    {
        [Theory]
        [InlineData("Trustee Ada Lund argued that the savings estimate left out the cost of buses.", "Ada Lund")]
        [InlineData("Alderman Tom Reyes said the ward had waited long enough for the bridge.", "Tom Reyes")]
        [InlineData("Selectwoman Jo Bell said the town would vote on the budget in May.", "Jo Bell")]
        [InlineData("County Supervisor Ada Lund said the beach would stay closed for three days.", "Ada Lund")]
        [InlineData("Oregon State Park Ranger Supervisor Tom Reyes said the beach would stay closed for three days.", "Tom Reyes")]
        public void TheTitleIsNoPartOfTheName(string text, string speaker)
        {
            var a = Attributions(text).Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void TheTrusteeIsThePersonNamedBefore()
        {
            var claims = Attributions("Trustee Ada Lund voted against the plan. The trustee said later that she would ask for a review.");
            Assert.Equal("Ada Lund", claims.Single(x => x.Kind == AttributionKind.Indirect).Speaker);
        }

        [Fact]
        public void ASupervisorDescribedAfterTheNameKeepsTheName()
        {
            // near miss: "supervisor" in lower case after the name is a description, the name unchanged
            var a = Attributions("Tom Reyes, a park supervisor since 2019, said the beach would stay closed.").Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal("Tom Reyes", a.Speaker);
        }

        [Fact]
        public void ATrusteeDescribedAfterTheNameKeepsTheName()
        {
            // near miss: the office in lower case after the name in apposition is a description, the name unchanged
            var a = Attributions("Ada Lund, a trustee since 2019, said the savings estimate was too low.").Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal("Ada Lund", a.Speaker);
        }
    }
}
