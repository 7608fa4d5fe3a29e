using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix84b: "the ambassador said" after a sentence that writes the full name with its country's title where the person does
    /// not speak ("offered in a statement by Danish Ambassador Karen Moll"): the bare noun of that title stands for the whole
    /// title written with the name, its country with it, so the quotation is of that country's side. Texts of the tests' own.
    /// </summary>
    public class TitleNounOfWrittenTitleTests
    {
        private static IncidentQuote Quote(string firstSentence) =>
            Q(Quotes("Ferry deaths regretted", firstSentence + "\n\n\"We regret the loss of the crew,\" the ambassador said in the statement.\n", TestSides.SwedenAndDenmark),
              "We regret the loss");

        [Fact]
        public void TheTitlesNounTakesTheTitlesCountry()
        {
            var q = Quote("The apology, offered in a statement by Danish Ambassador Karen Moll, came as the ferries stayed in port.");
            Assert.Equal("Karen Moll", q.Speaker);
            Assert.Equal("Denmark", q.Party);
        }

        [Fact]
        public void ATitleWithNoCountryGivesNoSide()
        {
            // the near case: the title written with the name names no country, and none is invented
            var q = Quote("The apology, offered in a statement by Ambassador Karen Moll, came as the ferries stayed in port.");
            Assert.Equal("Karen Moll", q.Speaker);
            Assert.Null(q.Party);
        }
    }
}
