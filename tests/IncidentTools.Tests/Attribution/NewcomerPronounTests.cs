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
            // the newcomer in the paragraph before, who only did something: the chain still holds
            var quotes = Quotes(Before +
                                "The harbour spokesman, Capt Bekzod Reyes, walked along the quay.\n\n" +
                                "“Nobody will be forgotten,” he said.");
            Assert.Equal("Ben Ortiz", Q(quotes, "Nobody will be forgotten").Speaker);
            // (one who said something there, in reported speech, is the one the quotation goes on with: PronounOfAnotherTests)
            quotes = Quotes(Before +
                            "The harbour spokesman, Capt Bekzod Reyes, urged residents to be patient.\n\n" +
                            "“Nobody will be forgotten,” he said.");
            Assert.Equal("Bekzod Reyes", Q(quotes, "Nobody will be forgotten").Speaker);
            // the newcomer only an object of the sentence: the mayor, who is its subject
            quotes = Quotes(Before +
                            "Ortiz later thanked the harbour spokesman, Capt Bekzod Reyes, for his work. " +
                            "“Nobody will be forgotten,” he said.");
            Assert.Equal("Ben Ortiz", Q(quotes, "Nobody will be forgotten").Speaker);
        }

        [Fact]
        public void APersonFirstNamedInThePronounsParagraphBeatsTheChainFromAnEarlierOne()
        {
            // the newcomer stands in no subject's place ("heard from …, Susan Hale"), named for the first time, of the pronoun's told gender
            var quotes = Quotes("Giving evidence, Sister Karen Doyle said she had gone back to the ward. “He was writing,” she said.\n\n" +
                                "The court also heard from the patient's daughter, Susan Hale. “Nobody told us anything,” she said.");
            Assert.Equal("Susan Hale", Q(quotes, "Nobody told us").Speaker);
            Assert.Equal("Karen Doyle", Q(quotes, "He was writing").Speaker);
        }

        [Fact]
        public void TheChainHoldsWhenItsPersonIsInThePronounsParagraph()
        {
            // near miss: the chained person is named in the pronoun's own paragraph too
            var quotes = Quotes("Giving evidence, Sister Karen Doyle said she had gone back to the ward. “He was writing,” she said.\n\n" +
                                "Sister Karen Doyle said she had then called the patient's daughter, Susan Hale. “Nobody answered,” she said.");
            Assert.Equal("Karen Doyle", Q(quotes, "Nobody answered").Speaker);
        }

        [Fact]
        public void APronounRightAfterTheNewcomersRelativeIsNotTheNewcomer()
        {
            // near miss: "whom he describes": the newcomer is the relative's antecedent, the "he" someone else
            var quotes = Quotes("Columnist Bret Hale called the plan “a disgrace.”\n\n" +
                                "Instead, Republicans should rally behind Chris Tovey, whom he describes as having “a prosecutor’s bearing.”");
            Assert.Equal("Bret Hale", Q(quotes, "a prosecutor’s bearing").Speaker);
        }
    }
}
