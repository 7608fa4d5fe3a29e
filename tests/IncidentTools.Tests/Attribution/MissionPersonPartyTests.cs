using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person of a diplomatic mission ("an embassy official", a modifier of organisation-words.txt 'mission') speaks for the
    /// country of the mission the text wrote before with its country, or for no side: never for the host country the story is
    /// filed from, as a bare "officials" or "a ministry official" there do (accounts67). Texts and manifest of the tests' own.
    /// </summary>
    public class MissionPersonPartyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodies;

        private const string Opening = "COPENHAGEN, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n";

        private static IncidentQuote Quote(string paragraph) =>
            Q(Quotes("Strait collision", Opening + paragraph + "\n", Sides), "acted in good faith");

        [Fact]
        public void AnEmbassyOfficialSpeaksForTheMissionWrittenBeforeWithItsCountry()
        {
            var quote = Quote("The Swedish Embassy in Copenhagen did not answer the findings. An embassy official said Stockholm regretted the collision and that its crew had \"acted in good faith\".");
            Assert.Equal("embassy official", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Fact]
        public void AnEmbassyOfficialWithNoMissionWrittenBeforeGivesNoSide()
        {
            // filed from Copenhagen, the embassy is another country's: not Denmark's, whose side the dateline gives
            var quote = Quote("An embassy official said the crew had \"acted in good faith\" and that the inquiry would show it.");
            Assert.Equal("embassy official", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void AnEmbassyOfficialDoesNotTakeTheLastSpeakersSide()
        {
            // no dateline: a Danish speaker just before, no mission written with its country; the embassy's official is no Dane
            var body = "A Swedish patrol boat and a Danish ferry collided in the strait on Sunday.\n\n" +
                       "\"We kept to our lane,\" said Jens Holm, a captain of the Royal Danish Navy.\n\n" +
                       "An embassy official said the crew had \"acted in good faith\" and that the inquiry would show it.\n";
            var quotes = Quotes("Strait collision", body, Sides);
            Assert.Equal("Denmark", Q(quotes, "We kept to our lane").Party);
            var quote = Q(quotes, "acted in good faith");
            Assert.Equal("embassy official", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Theory]
        // a document a mission's word names is the mission's, as its official is (speaker125)
        [InlineData("Officials of the Swedish embassy attended the hearing. According to an embassy statement, the crew had \"acted in good faith\" throughout.", "Sweden")]
        // the near miss: filed from Copenhagen with no mission written, the statement is no Dane's
        [InlineData("According to an embassy statement, the crew had \"acted in good faith\" throughout.", null)]
        public void AnEmbassyStatementSpeaksForTheMissionWrittenBefore(string paragraph, string? party)
        {
            var quote = Quote(paragraph);
            Assert.Equal("embassy statement", quote.Speaker);
            Assert.Equal(party, quote.Party);
        }

        [Fact]
        public void AMinistryOfficialKeepsTheDatelinesSide()
        {
            // the near miss: an official of no mission, no country written, speaks for the place the story is filed from
            var quote = Quote("The Swedish Embassy in Copenhagen did not answer the findings. A ministry official said the ferry's crew had \"acted in good faith\".");
            Assert.Equal("ministry official", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void TheClaimOfTheEmbassyOfficialTakesTheMissionsSide()
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Strait collision\n\n" + Opening +
                "The Swedish Embassy in Copenhagen did not answer the findings. An embassy official said the patrol had kept to its lane.\n");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var claim = Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content == "the patrol had kept to its lane");
            Assert.Equal("embassy official", claim.Speaker);
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Sweden", claim.Party);
            Assert.Equal(claim.Text.IndexOf("the patrol", System.StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }
    }
}
