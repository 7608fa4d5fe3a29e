using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A holder of an office written with no country speaks for the dateline's country, but not in a paragraph whose scene
    /// an opening place of another country has set ("In Berlin, a committee voted … . Senator Hal Brody said …"): the place
    /// goes on to the paragraph's end, or to the next sentence that opens with a place. Texts and manifests of the tests' own.
    /// </summary>
    public class OfficeInOpeningPlaceTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private const string Lead = "STOCKHOLM, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday.\n\n";

        private static IncidentQuote Quote(string paragraphs) =>
            Q(Quotes("Strait collision", Lead + paragraphs, Sides), "long overdue");

        [Fact]
        public void AnOfficeAfterAnotherCountrysPlaceOpeningTheParagraphSpeaksForNoSide()
        {
            var quote = Quote("In Berlin, a parliamentary committee voted to cut the ferry subsidy. Senator Hal Brody, who chairs the committee, said the cut was \"long overdue\".\n");
            Assert.Equal("Hal Brody", quote.Speaker);
            Assert.Equal("Senator", quote.Role);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void WithoutThePlaceOrInTheNextParagraphTheOfficeIsTheDatelinesCountrys()
        {
            // the near misses: no place opens the paragraph; the place opened the paragraph before; the place is the dateline's own
            Assert.Equal("Sweden", Quote("A parliamentary committee voted to cut the ferry subsidy. Senator Hal Brody, who chairs the committee, said the cut was \"long overdue\".\n").Party);
            Assert.Equal("Sweden", Quote("In Berlin, a parliamentary committee voted to cut the ferry subsidy.\n\nSenator Hal Brody, who chairs the committee, said the cut was \"long overdue\".\n").Party);
            Assert.Equal("Sweden", Quote("In Stockholm, a parliamentary committee voted to cut the ferry subsidy. Senator Hal Brody, who chairs the committee, said the cut was \"long overdue\".\n").Party);
        }

        [Fact]
        public void ALaterPlaceOpeningASentenceSetsTheSceneAgain()
        {
            var quote = Quote("In Berlin, a parliamentary committee voted to cut the ferry subsidy. In Stockholm, Senator Hal Brody, who chairs the harbour committee, said the cut was \"long overdue\".\n");
            Assert.Equal("Sweden", quote.Party);
        }
    }
}
