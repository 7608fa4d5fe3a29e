using System;
using IncidentTools.Tests.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A person brought in unnamed by an indefinite description of any noun ("Another grower, who …, said", "A goatherd said",
    /// "A second grower told reporters"), as the subject of a verb of saying, is the next "he" or "she" of the pronoun's sentence
    /// or the one after; the pronoun does not reach back past that newcomer to the person named before, whether or not the
    /// lexicon knows the newcomer's noun. Texts of the tests' own.
    /// </summary>
    public class IndefiniteNewcomerPronounTests
    {
        [Fact]
        public void AHeAfterAnotherUnlistedNewcomerIsNotThePersonNamedBefore()
        {
            var quotes = QuoteRuleText.Quotes(
                "For the growers, the frost has become a question of survival. Ivo Chandor, who grows plums on 40 acres, said his trees had lost their buds. " +
                "\"We cannot wait any longer,\" he said.\n\n" +
                "Another grower, who asked that his name not be used, said some families had sold their tractors. He argued that the banks had " +
                "begun charging penalties for late payments, which he called \"cruel\".\n");
            var q = QuoteRuleText.Q(quotes, "cruel");
            Assert.True(q.Speaker == null || !q.Speaker.Contains("Chandor", StringComparison.Ordinal), q.Speaker);
            Assert.Equal("grower", q.Speaker);
        }

        [Fact]
        public void AHeAfterAnIndefiniteSubjectIsThatSubject()
        {
            var quotes = QuoteRuleText.Quotes(
                "Marta Lind, the mayor, said the bridge would reopen soon. Ivo Chandor said the roads were closed. A goatherd said the river had " +
                "risen overnight. \"The water came up to the doorsteps,\" he said.\n");
            var q = QuoteRuleText.Q(quotes, "The water");
            Assert.Equal("goatherd", q.Speaker);
        }

        [Fact]
        public void AnOrdinalNewcomerOfAnUnlistedNounTakesThePronoun()
        {
            var quotes = QuoteRuleText.Quotes(
                "Ivo Chandor said the roads were closed. A second grower told reporters the river had risen overnight. " +
                "\"The water came up to the doorsteps,\" he said.\n");
            var q = QuoteRuleText.Q(quotes, "The water");
            Assert.Equal("grower", q.Speaker);
        }

        [Fact]
        public void APersonNamedAfterTheNewcomerKeepsThePronoun()
        {
            var quotes = QuoteRuleText.Quotes(
                "A goatherd said the river had risen overnight. Ivo Chandor said the roads were closed. " +
                "\"The water came up to the doorsteps,\" he said.\n");
            var q = QuoteRuleText.Q(quotes, "The water");
            Assert.Equal("Ivo Chandor", q.Speaker);
        }
    }
}
