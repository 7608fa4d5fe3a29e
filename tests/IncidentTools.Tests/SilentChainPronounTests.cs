using System;
using IncidentTools.Tests.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The "he" or "she" of a cue after a paragraph break: a person the pronoun chain held who never spoke (the narration's subject,
    /// "He was 31.") does not take it over the person who spoke just before; and one who answers what another said ("questioned
    /// that explanation", "challenged the claim") has the floor for the "he said" right after, as one who made a statement has.
    /// Texts of the tests' own.
    /// </summary>
    public class SilentChainPronounTests
    {
        [Fact]
        public void APronounAfterASpeakersQuotationIsNotTheSilentPersonOfTheNarration()
        {
            var quotes = QuoteRuleText.Quotes(
                "Havildar Omar Zaman was one of the men killed at the ridge that night. He was 27 and had one son.\n\n" +
                "Major Tariq Baig of the district garrison laid flowers at the gate. \"The ridge was quiet until the planes came,\" Baig said.\n\n" +
                "\"They knew where we were. Nobody on our side hid anything,\" he insisted.\n");
            var q = QuoteRuleText.Q(quotes, "They knew where we were");
            Assert.True(q.Speaker == null || !q.Speaker.Contains("Zaman", StringComparison.Ordinal), q.Speaker);
            Assert.Contains("Baig", q.Speaker);
        }

        [Fact]
        public void APronounChainOfOneWhoSpokeStillHoldsTheNextTurn()
        {
            var quotes = QuoteRuleText.Quotes(
                "Omar Zaman, the harbour master, said the ferry would run again. \"We are ready,\" he said.\n\n" +
                "\"Not before the inspection,\" Baig replied.\n\n" +
                "\"We will see,\" he said.\n");
            var q = QuoteRuleText.Q(quotes, "We will see");
            Assert.Contains("Zaman", q.Speaker);
        }

        [Fact]
        public void OneWhoQuestionedAnExplanationHasTheNextHeSaid()
        {
            var quotes = QuoteRuleText.Quotes(
                "Ivo Marek, the ministry's spokesman, said the boat had crossed the line in the fog. \"It was a mistake of the crew,\" he said.\n\n" +
                "A coast guard officer, who asked not to be named, questioned that explanation. \"A boat that size is seen from miles away,\" he said.\n");
            var q = QuoteRuleText.Q(quotes, "A boat that size");
            Assert.Equal("coast guard officer", q.Speaker);
        }

        [Fact]
        public void OneWhoQuestionedAPersonDoesNotTakeTheFloor()
        {
            var quotes = QuoteRuleText.Quotes(
                "Ivo Marek, the ministry's spokesman, said the boat had crossed the line in the fog.\n\n" +
                "A coast guard officer questioned the skipper for an hour. \"It was a mistake of the crew,\" Marek said later. \"We are sure of it,\" he said.\n");
            var q = QuoteRuleText.Q(quotes, "We are sure of it");
            Assert.Contains("Marek", q.Speaker);
        }
    }
}
