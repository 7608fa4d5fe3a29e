using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Yet there at the back was Tom Reyes, the ferry pilot.": a sentence that puts a named person in the scene with
    /// "there" and a finite "be" makes that person the one a "he" after it stands for.
    /// </summary>
    public class ExistentialSubjectTests
    {
        [Fact]
        public void ThePersonPutInTheSceneIsTheHeAfterIt()
        {
            var quotes = Quotes("Dozens of ferry pilots came to the meeting. One of them was Tom Reyes, who has worked the harbour for years.\n\n" +
                                "The crowd cheered for the mayor. Yet there at the back of the hall was Reyes, the ferry pilot. He was not impressed.\n\n" +
                                "“This is a show,” he said.");
            var q = Q(quotes, "This is a show");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void NotAPlaceNorAThingNorAnUnknownName()
        {
            // "there was a storm", "there is Dover": no person put in the scene, the "he" stays with the one before
            var quotes = Quotes("Mayor Ben Ortiz spoke on Monday.\n\n" +
                                "There was Dover Harbour, still closed after the storm.\n\n" +
                                "“We will open it soon,” he said.");
            Assert.Equal("Ben Ortiz", Q(quotes, "We will open it").Speaker);
            // a single capitalised word never written in full is no one a "he" may stand for
            quotes = Quotes("The crowd cheered for the mayor. Yet there at the back was Reyes, the ferry pilot.\n\n" +
                            "“This is a show,” he said.");
            Assert.Null(Q(quotes, "This is a show").Speaker);
        }
    }
}
