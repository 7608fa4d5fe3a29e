using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix86e: one who retired from or left a trade that is no office ("Tomas Hale, a retired engineer", "a former manager",
    /// speaker-nouns.txt 'trade') left no office to speak by: no side, not the party of the people of no side that one who
    /// left an office ("a retired colonel", "a former diplomat") takes; a trade named with a body ("a retired army engineer")
    /// keeps that reading. Texts and sides of the tests' own.
    /// </summary>
    public class RetiredTradeSideTests
    {
        private static IncidentQuote Quote(string body, string quoted) =>
            Q(Quotes("Town hall hears families", body + "\n", TestSides.NorthernSouthernAndIndependent), quoted);

        [Theory]
        [InlineData("A retired engineer, Tomas Hale, spoke after the meeting. \"We want our sons to grow up without a quarrel,\" he said.", "We want our sons")]
        [InlineData("\"We want our sons to grow up without a quarrel,\" said Tomas Hale, a retired engineer.", "We want our sons")]
        [InlineData("\"We want our sons to grow up without a quarrel,\" a retired engineer said.", "We want our sons")]
        [InlineData("\"We want our sons to grow up without a quarrel,\" said Tomas Hale, a former manager.", "We want our sons")]
        public void OneWhoLeftATradeSpeaksForNoParty(string body, string quoted)
        {
            Assert.Null(Quote(body, quoted).Party);
        }

        [Theory]
        [InlineData("\"We want our sons to grow up without a quarrel,\" said Tomas Hale, a retired colonel.")]
        [InlineData("\"We want our sons to grow up without a quarrel,\" said Tomas Hale, a former diplomat.")]
        [InlineData("\"We want our sons to grow up without a quarrel,\" a retired army engineer said.")]
        public void OneWhoLeftAnOfficeIsOfThePartyOfNoSide(string body)
        {
            // the near cases: an office or a body's service left gives the party of the people of no side, as before
            Assert.Equal("Independent", Quote(body, "We want our sons").Party);
        }
    }
}
