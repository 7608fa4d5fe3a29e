using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Water Minister Ruth Kamau, meanwhile, claimed", "Peter Otieno, however, said": a connective adverb set off by
    /// commas after a name is no role of the person; a real apposition in the same place still is.
    /// </summary>
    public class ConnectiveAsideRoleTests
    {
        [Theory]
        [InlineData("Water Minister Ruth Kamau, meanwhile, said: “The dam will double supply.”")]
        [InlineData("Water Minister Ruth Kamau, however, said: “The dam will double supply.”")]
        public void AConnectiveAfterTheNameIsNoRole(string body)
        {
            var q = Assert.Single(Quotes(body));
            Assert.Equal("Ruth Kamau", q.Speaker);
            Assert.Equal("Water Minister", q.Role);
        }

        [Fact]
        public void AnAppositionInTheSamePlaceIsTheRole()
        {
            // near miss: a description between the commas is the role
            var q = Assert.Single(Quotes("Ruth Kamau, a water engineer, said: “The dam will double supply.”"));
            Assert.Equal("water engineer", q.Role);
        }
    }
}
