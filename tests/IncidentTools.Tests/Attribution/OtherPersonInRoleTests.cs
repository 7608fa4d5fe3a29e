using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A relative clause or an apposition after a speaker's name that names another person of the manifest ("Mr Holm, who met
    /// Prime Minister Ulla Berg, told …") says whom the speaker met, not whom the speaker speaks for: the speaker does not take
    /// that person's side (accounts73). Texts and manifest of the tests' own.
    /// </summary>
    public class OtherPersonInRoleTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodiesAndPeople;

        private const string Opening = "STOCKHOLM, Dec. 2 - Talks on the collision of a Swedish patrol boat and a Danish ferry ended on Friday without a deal.\n\n";

        private static IncidentQuote Quote(string paragraph, string quoted) =>
            Q(Quotes("Strait collision", Opening + paragraph + "\n", Sides), quoted);

        [Theory]
        [InlineData("Mr Lind, who met Prime Minister Ulla Berg, told reporters that the ferry had been \"in its lane all along\" and would sail again.")]
        [InlineData("Mr Lind, who met Prime Minister Ulla Berg and her ministers, told reporters that the ferry had been \"in its lane all along\".")]
        public void AnotherPersonInARelativeClauseGivesTheSpeakerNoSide(string paragraph)
        {
            var quote = Quote(paragraph, "in its lane all along");
            Assert.Equal("Lind", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void AnAideToAnotherPersonTakesThatPersonsSide()
        {
            // the near miss: an apposition that is no relative clause says whom the speaker works for
            var quote = Quote("Mr Lind, an aide to Prime Minister Ulla Berg, told reporters that the ferry had been \"in its lane all along\".", "in its lane all along");
            Assert.Equal("Sweden", quote.Party);
        }

        [Fact]
        public void ASpeakerOfTheManifestKeepsHisSideWhomeverHeMet()
        {
            var quote = Quote("Jens Holm, who met Prime Minister Ulla Berg, told reporters that the ferry had been \"in its lane all along\".", "in its lane all along");
            Assert.Equal("Denmark", quote.Party);
        }
    }
}
