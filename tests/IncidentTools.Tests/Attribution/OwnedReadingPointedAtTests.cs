using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "According to that account" (or "this version", "the account") after "the navy's account" or "Spain's version": a
    /// telling of events pointed at with no words of its own is the one the text named nearest before with an owner's
    /// possessive, and speaks for that owner's side. No side when the nearest such noun has no owner. Texts of the test's own.
    /// </summary>
    public class OwnedReadingPointedAtTests
    {
        /// <summary>The one attribution of the text whose content holds the given words (OwnedTellingSpeaksTests reads with it too).</summary>
        internal static IncidentTools.IncidentAttribution Of(string body, string contentWords) =>
            Attributions(body).Single(a => a.Content.Contains(contentWords));

        [Fact]
        public void ThatAccountAfterACountrysAccountTakesItsSide()
        {
            var a = Of("The fishing ministers met in Brussels on Monday. The committee had read Spain's account of the collision. " +
                       "According to that account, the trawler had kept to its own waters all night.", "the trawler");
            Assert.Equal("Spain", a.Party);
        }

        [Fact]
        public void ThisVersionAfterAPossessiveSideBodyTakesItsSide()
        {
            var a = Of("The inquiry heard the French navy's version of events on Tuesday. In this version, the patrol boat " +
                       "never crossed the line. According to this version, the trawler had turned its lights off.", "the trawler");
            Assert.Equal("France", a.Party);
        }

        [Fact]
        public void ThatAccountAfterAnAccountOfNoOwnerHasNoSide()
        {
            var a = Of("Spain's fishermen had complained for years. A different account reached the committee on Monday. " +
                       "According to that account, the trawler had kept to its own waters all night.", "the trawler");
            Assert.Null(a.Party);
        }
    }
}
