using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" or "she" whose nearest candidate is a description that no word gives a gender ("a reporter"), read in an
    /// earlier paragraph, stands for the one person whose full name its own paragraph writes before it with the pronoun's
    /// gender told by a given name or a title, even where that person is no subject ("chaired by Senator Ada Bell").
    /// </summary>
    public class NameOfToldGenderTests
    {
        private const string Asked = "“Should the pier stay closed all winter?” a reporter asked the mayor.\n\n";

        [Fact]
        public void TheNamedWomanOfThePronounsParagraphBeatsAnUngenderedDescriptionBefore()
        {
            var quotes = Quotes(Asked + "The harbour committee, chaired by Senator Ada Bell, met on Monday. “We will rebuild,” she said.");
            Assert.Equal("Ada Bell", Q(quotes, "We will rebuild").Speaker);
            Assert.Equal("reporter", Q(quotes, "Should the pier").Speaker);
        }

        [Fact]
        public void ANameOfTheOtherGenderOrOfNoneToldOrTwoNamesLeaveTheDescription()
        {
            // a man named in the paragraph is no "she"
            var quotes = Quotes(Asked + "The harbour committee, chaired by Senator Tom Bell, met on Monday. “We will rebuild,” she said.");
            Assert.NotEqual("Tom Bell", Q(quotes, "We will rebuild").Speaker);
            // a given name that tells no gender ("Jo") tells nothing
            quotes = Quotes(Asked + "The harbour committee, chaired by Senator Jo Bell, met on Monday. “We will rebuild,” she said.");
            Assert.NotEqual("Jo Bell", Q(quotes, "We will rebuild").Speaker);
            // two women named before the pronoun: it cannot be told which
            quotes = Quotes(Asked + "The committee of Senator Ada Bell and Senator Mary Holt met on Monday. “We will rebuild,” she said.");
            var speaker = Q(quotes, "We will rebuild").Speaker;
            Assert.NotEqual("Ada Bell", speaker);
            Assert.NotEqual("Mary Holt", speaker);
        }

        [Fact]
        public void ADescriptionThatTellsTheGenderKeepsThePronoun()
        {
            var quotes = Quotes("“Should the pier stay closed all winter?” the spokeswoman asked.\n\n" +
                                "The harbour committee, chaired by Senator Ada Bell, met on Monday. “We will rebuild,” she said.");
            Assert.Equal("spokeswoman", Q(quotes, "We will rebuild").Speaker);
        }
    }
}
