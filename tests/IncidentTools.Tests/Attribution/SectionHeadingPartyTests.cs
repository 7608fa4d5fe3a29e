using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A roundup of reactions under headings that name a side ("BRITAIN", "FRANCE", "NATO"): the holder of a role written
    /// with no country of their own speaks for the side the heading over them names, as an office holder in a story filed
    /// from a country speaks for that country. A private person stays of no side, and a heading that names no side ends the
    /// section before it.
    /// </summary>
    public class SectionHeadingPartyTests
    {
        [Fact]
        public void AnOfficeHolderUnderACountrysHeadingSpeaksForThatCountry()
        {
            var quotes = Quotes("Ministers react to the harbour collision.\n\nBRITAIN\n\nForeign Secretary Ann Colby said the talks in Dover were \"useful and frank.\"\n\n" +
                                "FRANCE\n\nDefence Minister Paul Marec said the collision was \"a serious setback.\"");
            Assert.Equal("United Kingdom", Q(quotes, "useful and frank").Party);
            Assert.Equal("France", Q(quotes, "a serious setback").Party);
        }

        [Fact]
        public void APrivatePersonOrAHeadingOfNoSideGivesNone()
        {
            var quotes = Quotes("Ministers react to the harbour collision.\n\nBRITAIN\n\nShopkeeper Ann Colby said the quay was \"a mess for weeks.\"\n\n" +
                                "Background\n\nDefence Minister Paul Marec said the collision was \"a serious setback.\"");
            Assert.Null(Q(quotes, "a mess for weeks").Party);
            Assert.Null(Q(quotes, "a serious setback").Party);
        }
    }
}
