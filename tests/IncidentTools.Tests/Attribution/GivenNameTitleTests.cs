using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A title that is a given name too ("Dean", tagged given-name in titles.txt): before one name word alone it is the
    /// person's given name ("Dean Hollis, the club's lawyer"); the title where the text says so: two name words after it,
    /// an "of" phrase after the name ("Dean Martinez of the business school"), or the same surname written before under
    /// another given name ("Ana Martinez, dean of …" then "Dean Martinez said").
    /// </summary>
    public class GivenNameTitleTests
    {
        [Fact]
        public void ATitleThatIsAGivenNameBeforeOneNameWordIsTheWholeName()
        {
            var quotes = Quotes("The club lost its appeal on Tuesday. “We will take it further,” said Dean Hollis, the club's lawyer.");
            Assert.Equal("Dean Hollis", Q(quotes, "We will take").Speaker);
        }

        [Fact]
        public void TheSurnameAloneLaterIsThatPerson()
        {
            var quotes = Quotes("Dean Hollis, the club's lawyer, spoke first. “We will take it further,” Hollis said.");
            Assert.Equal("Dean Hollis", Q(quotes, "We will take").Speaker);
        }

        [Fact]
        public void AnOfPhraseAfterTheNameKeepsTheTitle()
        {
            var quotes = Quotes("“The ruling is fair,” said Dean Martinez of the business school. “I agree with it,” Dean Martinez said.");
            Assert.Equal("Martinez", Q(quotes, "The ruling").Speaker);
            Assert.Equal("Martinez", Q(quotes, "I agree").Speaker);
        }

        [Fact]
        public void TwoNameWordsAfterItKeepTheTitle()
        {
            var quotes = Quotes("“The school will help,” said Dean Ann Ruiz.");
            Assert.Equal("Ann Ruiz", Q(quotes, "The school").Speaker);
        }

        [Fact]
        public void TheSameSurnameWrittenBeforeUnderAnotherGivenNameMakesItTheTitle()
        {
            var quotes = Quotes("Ana Martinez, dean of the law school, spoke at noon.\n\n“The court was calm,” Dean Martinez said.");
            Assert.Equal("Ana Martinez", Q(quotes, "The court").Speaker);
        }

        [Fact]
        public void ATitleThatIsNoGivenNameStaysATitle()
        {
            var quotes = Quotes("“The verdict stands,” Judge Reyes said.");
            Assert.Equal("Reyes", Q(quotes, "The verdict").Speaker);
        }
    }
}
