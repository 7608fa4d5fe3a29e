using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Sides from the words around a speaker (speaker98): an office opened by a country's name or adjective after "the" and set
    /// off before a titled name ("the Danish envoy for Iceland and Norway, Ambassador Erik Dahl,") is the sender's, as a
    /// possessive's is; a fellow (of a think-tank or an institute) speaks for no side. Texts of the tests' own.
    /// </summary>
    public class OfficeAndFellowPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" }, organisations: new[] { "Coast Guard Command" }),
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }, organisations: new[] { "Royal Danish Navy" }),
            new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", true),
        };

        private const string Opening = "STOCKHOLM, Dec. 2 - Talks on the collision of a Swedish patrol boat and a Danish ferry ended on Friday without a deal.\n\n";

        private static IncidentQuote Quote(string paragraph, string quoted) =>
            Q(Quotes("Strait collision", Opening + paragraph + "\n", Sides), quoted);

        [Theory]
        [InlineData("The Danish Special Envoy for Iceland and Norway, Ambassador Erik Lind, met the minister. Lind said the ferry was \"in its lane all along.\"")]
        [InlineData("The Danish envoy, Ambassador Erik Lind, met the minister. Lind said the ferry was \"in its lane all along.\"")]
        public void AnOfficeOpenedByACountrysAdjectiveGivesTheSendersSide(string paragraph)
        {
            var quote = Quote(paragraph, "in its lane all along");
            Assert.Equal("Erik Lind", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Theory]
        [InlineData("Erik Lind, a Nordic security fellow at the forum that hosted the talks, said the ferry was \"in its lane all along.\"")]
        [InlineData("Erik Lind, a senior fellow at a Copenhagen institute, said the ferry was \"in its lane all along.\"")]
        public void AFellowSpeaksForNoSide(string paragraph)
        {
            Assert.Equal("Independent", Quote(paragraph, "in its lane all along").Party);
        }

        [Fact]
        public void AFellowOfASideIsStillAModifier()
        {
            // the near miss: "fellow" before another speaker noun is no head ("fellow officers" are officers)
            var quote = Quote("A Danish navy officer said the ferry was \"in its lane all along,\" a view his fellow officers share.", "in its lane all along");
            Assert.Equal("Denmark", quote.Party);
        }
    }
}
