using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Water Minister Ruth Kamau, meanwhile, claimed", "Peter Otieno, however, said": a connective adverb set off by
    /// commas after a name is no role of the person; nor is a phrase of the turn of the argument or of the occasion with no verb
    /// of its own ("Ruth Kamau, in turn, said", "Ms. Kamau, in an interview on Friday, said"); a real apposition in the same
    /// place still is, and so is a phrase that holds a verb ("in charge of the dam": "charge" is a verb's form too).
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

        [Theory]
        [InlineData("Water Minister Ruth Kamau, in turn, said: “The dam will double supply.”", "Ruth Kamau", "Water Minister")]
        [InlineData("Ruth Kamau, in contrast, said the dam would double supply.", "Ruth Kamau", null)]
        [InlineData("Ms. Kamau, in an interview on Friday, said the dam would double supply.", "Kamau", null)]
        public void APhraseOfTheTurnOrTheOccasionAfterTheNameIsNoRole(string body, string speaker, string? role)
        {
            var a = Assert.Single(Attributions(body));
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal(role, a.Role);
        }

        [Fact]
        public void APhraseOfAPostInTheSamePlaceIsTheRole()
        {
            // near miss: "in charge of …" holds a verb's form, so it stays the apposition it is
            var a = Assert.Single(Attributions("Ruth Kamau, in charge of the dam, said the dam would double supply."));
            Assert.Equal("in charge of the dam", a.Role);
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
