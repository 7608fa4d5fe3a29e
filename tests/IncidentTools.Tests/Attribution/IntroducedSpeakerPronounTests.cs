using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" or "she" right after someone the text brings in unnamed ("a spokesman", "one senior officer") who made a
    /// statement as the subject or speaker just read is that person, even when the pronoun stood for a named person before
    /// (the chain <see cref="NewcomerPronounTests"/> pins gives way); an unnamed asker ("a reporter asked") leaves the answer
    /// to the one the chain holds. A relative "who" after such a description is the same person as the description.
    /// </summary>
    public class IntroducedSpeakerPronounTests
    {
        [Fact]
        public void AnUnnamedNewcomerWhoStatedTakesThePronounInTheNextParagraph()
        {
            var quotes = Quotes("Mayor Tom Lopez said the river rose overnight. He said the town was ready.\n\n" +
                                "A spokesman for the water board said the dam held.\n\n" +
                                "“The gates were opened in time,” he said.");
            Assert.Equal("spokesman for the water board", Q(quotes, "The gates were opened").Speaker);
        }

        [Fact]
        public void AnUnnamedNewcomerWithAnAsideTakesThePronounInItsOwnParagraph()
        {
            var quotes = Quotes("Colonel Ravi Mehta, the district commander, said the road was closed. “It will stay closed,” he said.\n\n" +
                                "One senior officer, who asked not to be named, said the troops had been warned. “We had no choice,” he said.");
            Assert.Equal("Ravi Mehta", Q(quotes, "It will stay closed").Speaker);
            Assert.Equal("senior officer", Q(quotes, "We had no choice").Speaker);
        }

        [Fact]
        public void AnUnnamedAskerLeavesTheAnswerToTheChain()
        {
            // near miss: the newcomer only asked; the answer is the mayor's
            var quotes = Quotes("Mayor Tom Lopez said the river rose overnight. He said the town was ready.\n\n" +
                                "A reporter asked whether the town would be evacuated.\n\n" +
                                "“Nobody has to leave,” he said.");
            Assert.Equal("Tom Lopez", Q(quotes, "Nobody has to leave").Speaker);
        }

        [Fact]
        public void AQuestionerWhoClaimedLeavesTheAnswerToTheChain()
        {
            // near miss: a noun whose part is to ask ("questioner") is no newcomer the answer's "he" stands for
            var quotes = Quotes("Mayor Tom Lopez spoke at the town hall on Monday. He said the town was ready.\n\n" +
                                "At one point, one questioner claimed that the dam had been neglected for years.\n\n" +
                                "“The dam was inspected in March,” he said.");
            Assert.Equal("Tom Lopez", Q(quotes, "The dam was inspected").Speaker);
        }

        [Fact]
        public void ARelativeClauseAboutSomeoneNewIsNoStatement()
        {
            // near miss: "a builder who had not accepted …" is no one who spoke; the chain holds
            var quotes = Quotes("Mayor Ana Lopez said the river rose overnight. She said the town was ready.\n\n" +
                                "She said she wanted a builder who had not accepted money from the developers.\n\n" +
                                "“The town deserves better,” she said.");
            Assert.Equal("Ana Lopez", Q(quotes, "The town deserves better").Speaker);
        }

        [Fact]
        public void ANewcomerInAnEarlierParagraphGivesWayWhenThePronounDoesNotOpenItsParagraph()
        {
            // near miss: the pronoun's paragraph goes on about someone else before it
            var quotes = Quotes("Mayor Ana Lopez said the river rose overnight. She said the town was ready.\n\n" +
                                "A spokeswoman for the water board said the dam held.\n\n" +
                                "Lopez, speaking to reporters later, recalled the flood of 1998. “We learned a lot that year,” she said.");
            Assert.Equal("Ana Lopez", Q(quotes, "We learned a lot").Speaker);
        }

        [Fact]
        public void ADefiniteDescriptionIsNoNewcomer()
        {
            // near miss: "the mayor" is the mayor named before, not someone brought in
            var quotes = Quotes("Mayor Tom Lopez said the river rose overnight. He said the town was ready.\n\n" +
                                "The mayor said the dam held.\n\n" +
                                "“The gates were opened in time,” he said.");
            Assert.Equal("Tom Lopez", Q(quotes, "The gates were opened").Speaker);
        }
    }
}
