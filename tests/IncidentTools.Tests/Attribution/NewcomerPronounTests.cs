using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" that already stood for a person keeps standing for them (the chain is established), but not over a person
    /// of no known gender who is the subject or speaker just read in the pronoun's own paragraph, where the chained one was
    /// not named: "… ¶ The harbour spokesman, Capt Bekzod Reyes, urged patience. “…,” he said." is Reyes.
    /// </summary>
    public class NewcomerPronounTests
    {
        private const string Before = "Mayor Ben Ortiz visited the harbour on Monday. “We will rebuild the pier,” he said.\n\n";

        [Fact]
        public void TheSubjectJustReadInThePronounsParagraphBeatsTheChain()
        {
            var quotes = Quotes(Before +
                                "In the first hours of the search the harbour spokesman, Capt Bekzod Reyes, urged residents to be patient. " +
                                "“Divers have found people alive after days in the water,” he said.");
            Assert.Equal("Bekzod Reyes", Q(quotes, "Divers have found").Speaker);
            Assert.Equal("Ben Ortiz", Q(quotes, "We will rebuild").Speaker);
        }

        [Fact]
        public void TheChainHoldsWhenTheNewcomerIsInAnotherParagraphOrNoSubject()
        {
            // the newcomer in the paragraph before: the chain still holds
            var quotes = Quotes(Before +
                                "The harbour spokesman, Capt Bekzod Reyes, urged residents to be patient.\n\n" +
                                "“Nobody will be forgotten,” he said.");
            Assert.Equal("Ben Ortiz", Q(quotes, "Nobody will be forgotten").Speaker);
            // the newcomer only an object of the sentence: the mayor, who is its subject
            quotes = Quotes(Before +
                            "Ortiz later thanked the harbour spokesman, Capt Bekzod Reyes, for his work. " +
                            "“Nobody will be forgotten,” he said.");
            Assert.Equal("Ben Ortiz", Q(quotes, "Nobody will be forgotten").Speaker);
        }
    }
}
