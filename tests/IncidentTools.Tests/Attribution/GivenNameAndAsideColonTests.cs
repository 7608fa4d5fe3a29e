using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Three ways a person named in apposition speaks (invented harbour stories): the name a person gave after a description and
    /// its comma ("said one woman, who gave her name as …", words.txt 'name-given'); a name, its comma and an aside of speaking
    /// up to the colon before the quotation ("X, speaking on the morning show: “…”"); and a name whose apposition holds an "and"
    /// before a naming verb ("X, co-chair of the Farmers and Fishers Union, called the levy a “…”"), where the words after the
    /// "and" are no subject.
    /// </summary>
    public class GivenNameAndAsideColonTests
    {
        private const string Headline = "Ferry levy splits the harbour";

        [Fact]
        public void TheNameAPersonGaveIsTheSpeaker()
        {
            var qs = Quotes(Headline, "At the pier, passengers waited for news. “The ferry never came,” said one woman, who gave her name as Ines Varga. “We waited all night.”", null);
            Assert.Equal("Ines Varga", Q(qs, "The ferry never came").Speaker);
            Assert.Equal("Ines Varga", Q(qs, "We waited all night").Speaker);
        }

        [Fact]
        public void TheFirstNameAloneAPersonGaveIsTheSpeaker()
        {
            var qs = Quotes(Headline, "Fishermen gathered by the slipway. “Nobody asked us,” said one man, identified only as Tomas Brel.", null);
            Assert.Equal("Tomas Brel", Q(qs, "Nobody asked us").Speaker);
        }

        [Fact]
        public void ANameSpeakingInAnAsideBeforeAColonIntroducesTheQuotation()
        {
            var qs = Quotes(Headline, "The council meets again on Monday.\n\nHarbour analyst Petra Lindqvist, speaking on the station's morning programme: “The levy will not pass this year. The votes are not there.”", null);
            Assert.Equal("Petra Lindqvist", Q(qs, "The levy will not pass").Speaker);
        }

        [Fact]
        public void AnAndInsideTheNamesAppositionOpensNoSubjectOfTheNamingVerb()
        {
            var qs = Quotes(Headline, "Ada Lund, co-chair of the Farmers and Fishers Union, called the levy a “robbery” and said the board had ignored the crews.", null);
            Assert.Equal("Ada Lund", Q(qs, "robbery").Speaker);
        }
    }
}
