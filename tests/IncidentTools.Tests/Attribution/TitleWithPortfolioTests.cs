using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A minister's title with the portfolio written after it ("Minister for Law and Parliamentary Affairs Ilse Marten",
    /// "Minister of State for Foreign Affairs", "Minister of Information"), as Pakistani, Indian and British papers write an
    /// office: the title takes the portfolio whole (titles.txt 'portfolio-for'/'portfolio-of', portfolios.txt), the name starts
    /// after it, and the office speaks for the dateline's country as "Defence Minister" does. A country written before the
    /// title still wins, and a portfolio the list does not hold leaves the words as they were. Texts and manifests of the
    /// tests' own.
    /// </summary>
    public class TitleWithPortfolioTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private static string Story(string title) =>
            "STOCKHOLM, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
            "\"The crew did nothing wrong,\" " + title + " Ilse Karin Marten told the chamber on Monday.\n";

        [Theory]
        [InlineData("Minister for Law and Parliamentary Affairs")]
        [InlineData("Minister for Information")]
        [InlineData("Minister of Information")]
        [InlineData("Minister of State for Foreign Affairs")]
        public void AMinisterWithAPortfolioSpeaksForTheDatelinesCountry(string title)
        {
            var quote = Q(Quotes("Collision in the strait", Story(title), Sides), "The crew did nothing wrong");
            Assert.Equal("Ilse Karin Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Fact]
        public void ACountryBeforeTheTitleWins()
        {
            var quote = Q(Quotes("Collision in the strait", Story("Danish Minister for Foreign Affairs"), Sides), "The crew did nothing wrong");
            Assert.Equal("Ilse Karin Marten", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void APortfolioTitleIsAnOfficeWithTheMinistersNoun()
        {
            var name = PersonName.Parse("Minister for Law and Parliamentary Affairs Ilse Karin Marten");
            Assert.Equal("Minister for Law and Parliamentary Affairs", name.Title);
            Assert.Equal("Ilse Karin Marten", name.Name);
            Assert.Equal("minister", name.TitleNoun);
            Assert.True(PersonName.IsOffice(name.Title));
        }

        [Fact]
        public void WordsThatNameNoPortfolioAreNoTitle()
        {
            // "Minister for Ports Ilse Marten" holds no portfolio of the list ("Ports and Shipping" is one): the title does not reach past "Minister"
            Assert.Null(PersonName.Parse("Minister for Ports Ilse Marten").Title);
        }
    }
}
