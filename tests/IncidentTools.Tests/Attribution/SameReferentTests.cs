using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the same official explains": a singular description that says, with "same", that it names again the one named
    /// before is that one, though "same" is no word of the earlier description ("one harbour official"). A plural ("these
    /// same islanders") is not linked so: the group it takes up is often named in an object's place, which no subject
    /// registered. With no earlier one of that noun, the description stays its own.
    /// </summary>
    public class SameReferentTests
    {
        [Fact]
        public void TheSameOfficialIsTheOfficialQuotedBefore()
        {
            var quotes = Quotes("“Will the ferry run again this winter?” one harbour official asks. “Perhaps.” " +
                                "Most islanders keep their boats in the bay. “There is a shortage of diesel,” the same official explains, " +
                                "“and then there is the weather.”");
            Assert.Equal("harbour official", Q(quotes, "Will the ferry").Speaker);
            Assert.Equal("harbour official", Q(quotes, "There is a shortage").Speaker);
            Assert.Equal("harbour official", Q(quotes, "and then there is").Speaker);
        }

        [Fact]
        public void WithNoEarlierOfficialTheDescriptionIsItsOwn()
        {
            var quotes = Quotes("The storm closed the pier for a week. “There is a shortage of diesel,” the same official explains.");
            Assert.Equal("same official", Q(quotes, "There is a shortage").Speaker);
        }

        [Fact]
        public void AnotherNounIsNotTheSameOne()
        {
            // "the same skipper" is no harbour official
            var quotes = Quotes("“Will the ferry run again this winter?” one harbour official asks. " +
                                "“There is a shortage of diesel,” the same skipper explains.");
            Assert.Equal("same skipper", Q(quotes, "There is a shortage").Speaker);
        }

        [Fact]
        public void SameIsTaggedAsSayingTheReferentIsOneNamedBefore()
        {
            Assert.True(Lexicon.Is("same", WordGroup.SameReferent));
            Assert.False(Lexicon.Is("other", WordGroup.SameReferent));
        }
    }
}
