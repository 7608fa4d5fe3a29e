using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Offices and forms of address of Commonwealth legislatures as Nigerian, Kenyan and Indian papers write them before a
    /// name (titles.txt): "Leader of the Opposition R. Ashok Kumar", "Rt. Hon. Kemi Oladipo", "Hon. Sola Adeyemi" are the
    /// person, the title goes to the role.
    /// </summary>
    public class ParliamentaryTitleTests
    {
        [Theory]
        [InlineData("Leader of the Opposition Ravi Kumar said the pact had been signed in haste.", "Ravi Kumar")]
        [InlineData("Rt. Hon. Kemi Oladipo told journalists the budget had been padded.", "Kemi Oladipo")]
        [InlineData("Hon. Sola Adeyemi said the committee had found discrepancies.", "Sola Adeyemi")]
        public void TheTitleIsNoPartOfTheName(string text, string speaker)
        {
            var a = Attributions(text).Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void AnOppositionLeaderDescribedAfterTheNameKeepsTheName()
        {
            // near miss: the office written after the name in apposition is a description, the name unchanged
            var a = Attributions("Ravi Kumar, the leader of the opposition, said the pact had been signed in haste.").Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal("Ravi Kumar", a.Speaker);
        }
    }
}
