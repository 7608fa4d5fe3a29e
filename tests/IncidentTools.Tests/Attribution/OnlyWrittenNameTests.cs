using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution: a "he" or "she" no subject stands behind is the one person whose full name its paragraph
    /// writes before it in any place (an object, a clause, an owner), when no other name there may be of that gender.
    /// </summary>
    public class OnlyWrittenNameTests
    {
        [Fact]
        public void ANameInAnObjectsPlace()
        {
            var quotes = Quotes("The ferry may stop in the winter.\n\nLast month, when I asked Tomas Reyes if he would run the service again, he looked at the pier and said, “I will sail until they stop me.”");
            Assert.Equal("Tomas Reyes", Q(quotes, "I will sail").Speaker);
        }

        [Fact]
        public void ANameInAClause()
        {
            var quotes = Quotes("The ferry may stop in the winter.\n\nThe plan conflicted with what Ada Lund told the council on Monday. Asked whether she had read it, she said, “I read it twice, and it is wrong.”");
            Assert.Equal("Ada Lund", Q(quotes, "I read it twice").Speaker);
        }

        [Fact]
        public void TwoPeopleWhoMayBeOfTheGenderTellNothing()
        {
            var quotes = Quotes("The ferry may stop in the winter.\n\nWhen I asked Tomas Reyes about the plan of Sam Varga, he looked at the pier and said, “I will sail until they stop me.”");
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("I will sail") && q.Speaker != null);
        }

        [Fact]
        public void ANameOfTheParagraphBeforeIsNotTaken()
        {
            // "Joyce" is written alone: the full name the paragraph before wrote (no subject) is someone else
            var quotes = Quotes("The port received a second complaint from Tomas Reyes.\n\nReached by phone on Tuesday, Joyce told the paper that the appeal was over. He said, “Somebody else can take up the cause.”");
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Somebody else") && q.Speaker == "Tomas Reyes");
        }

        [Fact]
        public void ANameOfTheOtherGenderIsNoCandidate()
        {
            var quotes = Quotes("The ferry may stop in the winter.\n\nWhen I asked Tomas Reyes about the plan of Maria Costa, he looked at the pier and said, “I will sail until they stop me.”");
            Assert.Equal("Tomas Reyes", Q(quotes, "I will sail").Speaker);
        }
    }
}
