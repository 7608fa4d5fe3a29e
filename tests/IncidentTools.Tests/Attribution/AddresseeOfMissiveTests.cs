using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person of the manifest named with a title after "to" or "with" that follow a letter, a message or an occasion of talk
    /// inside the speaker's mention ("Navy chief Erik Dahl, in a letter to Prime Minister Ulla Berg, says …") is the one written
    /// or spoken to: the speaker keeps the side of his own title's organisation, never takes the addressee's (speaker97).
    /// Texts and manifest of the tests' own.
    /// </summary>
    public class AddresseeOfMissiveTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodiesAndPeople;

        private const string Opening = "STOCKHOLM, Dec. 2 - Talks on the collision of a Swedish patrol boat and a Danish ferry ended on Friday without a deal.\n\n";

        private static IncidentQuote Quote(string paragraph, string quoted) =>
            Q(Quotes("Strait collision", Opening + paragraph + "\n", Sides), quoted);

        [Theory]
        [InlineData("Royal Danish Navy commander Erik Dahl, in a letter to Prime Minister Ulla Berg released by the navy, says the ferry was \"in its lane all along\".")]
        [InlineData("Royal Danish Navy commander Erik Dahl, in a letter to Prime Minister Ulla Berg, said the ferry was \"in its lane all along\".")]
        [InlineData("Royal Danish Navy commander Erik Dahl, in a meeting with Prime Minister Ulla Berg, said the ferry was \"in its lane all along\".")]
        public void TheSpeakerKeepsHisOwnOrganisationsSide(string paragraph)
        {
            var quote = Quote(paragraph, "in its lane all along");
            Assert.Equal("Erik Dahl", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void TheAddresseeGivesASpeakerOfNoSideNone()
        {
            var quote = Quote("Mr Lind, in a letter to Prime Minister Ulla Berg, said the ferry was \"in its lane all along\".", "in its lane all along");
            Assert.Equal("Lind", quote.Speaker);
            Assert.NotEqual("Sweden", quote.Party);
        }

        [Fact]
        public void AnAideToATitledPersonStillTakesThatPersonsSide()
        {
            // the near miss: "to" after a role, not after a letter or a meeting, says whom the speaker works for
            var quote = Quote("Mr Lind, an aide to Prime Minister Ulla Berg, told reporters that the ferry had been \"in its lane all along\".", "in its lane all along");
            Assert.Equal("Sweden", quote.Party);
        }
    }
}
