using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A sentence about a person named as its subject, with an aside that reports it ("Lund, a senior aide said, “is sure of the
    /// result” …"): the aside's speaker said those words, and a "he" or "she" later in the same sentence is the person the
    /// sentence is about, not the aside's speaker.
    /// </summary>
    public class AsideHostPronounTests
    {
        private const string Opening = "Mayor Ada Lund opened the pier on Monday.\n\n";

        [Fact]
        public void TheLaterSheIsTheSentencesSubject()
        {
            var quotes = Quotes(Opening + "Lund, a senior aide said, “is sure of the result” of the vote, and since 2019 she has told the council: “We will win.”");
            Assert.Equal("senior aide", Q(quotes, "is sure").Speaker);
            Assert.Equal("Ada Lund", Q(quotes, "We will win").Speaker);
        }

        [Fact]
        public void AReportedAsideLeavesTheLaterHeToTheSubject()
        {
            var quotes = Quotes("Mayor Tom Lund opened the pier on Monday.\n\n" +
                                "Lund, an aide says, is furious about the vote, and he has told the council: “I will not sign it.”");
            Assert.Equal("Tom Lund", Q(quotes, "I will not sign").Speaker);
        }

        [Fact]
        public void APronounOfTheOtherGenderIsNotTheSubject()
        {
            // near miss: the subject is known to be a man; "she" is someone else
            var quotes = Quotes("Mayor Tom Lund opened the pier on Monday.\n\n" +
                                "Lund, a senior aide said, “is sure of the result” of the vote, and she told reporters: “He never doubts.”");
            Assert.NotEqual("Tom Lund", Q(quotes, "He never doubts").Speaker);
        }
    }
}
