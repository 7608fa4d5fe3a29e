using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare "the official" that no subject or speaker read before stands for is the "an official" of the same noun written
    /// before it in any role (the object of a preposition or a verb), in its paragraph or the one before (and so takes the side
    /// its words name). A definite description with words of its own, or one with no such phrase before it, is left as it was.
    /// </summary>
    public class DefiniteAfterIndefiniteTests
    {
        [Fact]
        public void TheOfficialAfterAnObjectOfAPrepositionIsThatOfficial()
        {
            var claims = Attributions("Our correspondent in Kabul heard a different story from a U.S. official who had read the first reports. The official says the crews were warned.");
            var c = claims.Single(a => a.Content.Contains("crews were warned"));
            Assert.Equal("U.S. official", c.Speaker);
        }

        [Fact]
        public void TheOfficialInTheNextParagraphAfterAnObjectIsThatOfficial()
        {
            var quotes = Quotes("The ministry met a French official on Monday.\n\n“We will look again at the rules,” the official said.");
            var q = Q(quotes, "We will look");
            Assert.Equal("French official", q.Speaker);
        }

        [Fact]
        public void ADescriptionWithWordsOfItsOwnIsNotTheEarlierOne()
        {
            // near miss: "the local official" is not the U.S. official written before
            var quotes = Quotes("Our correspondent heard a different story from a U.S. official who had read the first reports. “We warned them twice,” the local official said.");
            Assert.NotEqual("U.S. official", Q(quotes, "We warned them").Speaker);
        }
    }
}
