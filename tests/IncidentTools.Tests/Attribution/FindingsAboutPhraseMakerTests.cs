using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare "the investigation" takes the side of the findings the text named with one; also when a phrase of what they are
    /// about stands between the noun and the participle of making them and its "by" ("the inquiry into the collision, ordered
    /// by the French navy", "the inquiry into the collision was led by Capt. Ana Ruiz of the Spanish navy"). Not a "by" after
    /// another participle ("criticised by"), and no side when two sides' findings are named. Texts of the test's own.
    /// </summary>
    public class FindingsAboutPhraseMakerTests
    {
        private static IncidentTools.IncidentAttribution Of(string body, string contentStart) =>
            Attributions(body).Single(a => a.Content.StartsWith(contentStart, System.StringComparison.Ordinal));

        [Fact]
        public void AboutPhraseThenCommaAndMakerGivesTheMakersSide()
        {
            var a = Of("The investigation into the collision off Brest, ordered by the French navy, was published on Friday.\n\n" +
                       "The investigation found that the trawler had strayed into the shipping lane.", "the trawler");
            Assert.Equal("France", a.Party);
        }

        [Fact]
        public void AboutPhraseThenPassiveMakerGivesTheMakersSide()
        {
            var a = Of("The inquiry into the collision was led by Capt. Ana Ruiz of the Spanish navy.\n\n" +
                       "The inquiry concluded that the trawler had strayed into the shipping lane.", "the trawler");
            Assert.Equal("Spain", a.Party);
        }

        [Fact]
        public void AboutPhraseThenAnotherParticipleGivesNoSide()
        {
            var a = Of("The investigation into the collision off Brest, criticised by the French navy, was published on Friday.\n\n" +
                       "The investigation found that the trawler had strayed into the shipping lane.", "the trawler");
            Assert.Null(a.Party);
        }

        [Fact]
        public void TwoSidesFindingsGiveNoSide()
        {
            var a = Of("Brussels compared the investigation into the collision, ordered by the French navy, with the Spanish " +
                       "investigation of the same night.\n\n" +
                       "The investigation found that the trawler had strayed into the shipping lane.", "the trawler");
            Assert.Null(a.Party);
        }
    }
}
