using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Nouns of the unnamed people tabloid and protest stories quote ("the pal", "a counter-protester"): speaker nouns tagged
    /// anonymous, so each brings in someone new and is never an epithet for the person the story is about.
    /// </summary>
    public class AnonymousSpeakerNounTests
    {
        [Fact]
        public void ThePalIsNotTheStar()
        {
            var quotes = Quotes("TV heartthrob Rafe Dunmore has quietly split from his fiancee.\n\nThe 31-year-old, who plays a vet on the soap, moved out last month.\n\n" +
                                "A source close to the star says: “Rafe is devastated. In the end they just stopped talking.”\n\nThe pal adds: “They still love each other.”");
            Assert.Equal("pal", Q(quotes, "They still love").Speaker);
            // near miss: the role the star was given still stands for him
            var other = Quotes("TV star Rafe Dunmore has split from his fiancee.\n\nThe star adds: “We still love each other.”");
            Assert.Equal("Rafe Dunmore", Q(other, "We still love").Speaker);
        }

        [Fact]
        public void ACounterProtesterIsSomeoneNew()
        {
            var quotes = Quotes("Inspector Ben Ortiz said the march had been calm.\n\nA counter-protester stood on the church steps. “Somebody has to say it,” he said.");
            Assert.Equal("counter-protester", Q(quotes, "Somebody has to say it").Speaker);
        }
    }
}
