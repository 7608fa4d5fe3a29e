using System;
using IncidentTools.Tests.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "A second NOUN", "a third NOUN": an indefinite determiner an ordinal goes on brings a new person in, as "a NOUN" does,
    /// so the "he" right after that newcomer's statement is the newcomer, not the person the chain held before. Texts of the
    /// tests' own.
    /// </summary>
    public class OrdinalNewcomerPronounTests
    {
        [Fact]
        public void AHeAfterASecondNewcomerIsTheNewcomer()
        {
            var quotes = QuoteRuleText.Quotes(
                "Tomas Varga Lind, a miller near the ford, said the canal had been dry since March. \"We have lost half the harvest,\" he said.\n\n" +
                "A second farmer, who did not want his name printed, said the wells were failing. He described the levy as \"plain theft\".\n");
            var q = QuoteRuleText.Q(quotes, "plain theft");
            Assert.NotNull(q.Speaker);
            Assert.DoesNotContain("Lind", q.Speaker!, StringComparison.Ordinal);
            Assert.Contains("farmer", q.Speaker!, StringComparison.Ordinal);
        }

        [Fact]
        public void TheChainStillHoldsWhenNoNewcomerSpoke()
        {
            var quotes = QuoteRuleText.Quotes(
                "Tomas Varga Lind, a miller near the ford, said the canal had been dry since March.\n\n" +
                "The wells were failing. He described the levy as \"plain theft\".\n");
            var q = QuoteRuleText.Q(quotes, "plain theft");
            Assert.Equal("Tomas Varga Lind", q.Speaker);
        }
    }
}
