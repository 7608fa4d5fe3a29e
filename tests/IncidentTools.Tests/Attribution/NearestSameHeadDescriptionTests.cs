using System.Linq;
using IncidentTools;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare "the official" binds to the nearest mention of its noun written before it: an indefinite one written in a
    /// sentence after the one an earlier official was last read in (in a verbless lead-in, after a preposition, in the same
    /// sentence or the one before) is nearer than that earlier official, and takes the side its own words name. The earlier
    /// one is kept when the indefinite is that one's own phrase, or when no indefinite of the noun is written after it.
    /// </summary>
    public class NearestSameHeadDescriptionTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani", "Islamabad" }),
            new PartyDefinition("United States", aliases: new[] { "United States", "U.S.", "American", "Washington" }),
        };

        [Fact]
        public void TheOfficialAfterAVerblessLeadInIsTheOfficialOfTheLeadIn()
        {
            var claims = Attributions("A U.S. official spoke to reporters on Monday about the convoy.\n\n" +
                                      "Later, a line from a senior Pakistani military official, quoted by a local paper: the official says the army suspects the raid was planned.", Sides);
            var c = claims.Single(a => a.Content.Contains("raid was planned"));
            Assert.Equal("Pakistan", c.Party);
            Assert.Contains("Pakistani", c.Speaker);
        }

        [Fact]
        public void TheOfficialAfterAPrepositionInTheSentenceBeforeIsThatOfficial()
        {
            var quotes = Quotes("A French official said on Monday that the border would stay open. " +
                                "Reporters later heard more from a German official at the crossing. “We were not told,” the official said.");
            Assert.Contains("German", Q(quotes, "We were not told").Speaker);
        }

        [Fact]
        public void TheNounAfterAPrepositionInAnIndefiniteIsNotItsHead()
        {
            // near miss: "a candidate for president" is a candidate; "the president" stays the president read before
            var quotes = Quotes("President Anna Lind spoke in Oslo on Monday. She met a candidate for president on Tuesday. “We will win,” the president said.");
            Assert.Equal("Anna Lind", Q(quotes, "We will win").Speaker);
        }

        [Fact]
        public void TheOfficialAfterTheSameIndefinitesOwnSentenceIsThatOne()
        {
            // near miss: the indefinite is the earlier official's own subject phrase; nothing nearer is written
            var quotes = Quotes("A French official said on Monday that the border would stay open. The decision was taken late. “We were not told,” the official said.");
            Assert.Contains("French", Q(quotes, "We were not told").Speaker);
        }
    }
}
