using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Nouns of words someone says (words.txt): "quip", "retort" and "dictum" report the that-clause of their owner
    /// (statement-noun), "mantra" is a wording like "slogan"; the same nouns with no owner attribute nothing.
    /// </summary>
    public class NounsOfSayingLexiconTests
    {
        [Theory]
        [InlineData("Ben Ortiz's quip that the pier was “older than the town” drew laughs.", "older", "Ben Ortiz")]
        [InlineData("Many followed Mayor Ada Lund's dictum that the harbor was “a working place, not a postcard.”", "a working", "Ada Lund")]
        [InlineData("Ada Lund's mantra is “Fix the pier before the storm.”", "Fix the pier", "Ada Lund")]
        public void TheOwnerSaidIt(string body, string quoteStart, string speaker) =>
            Assert.Equal(speaker, Q(Quotes(body), quoteStart).Speaker);

        [Theory]
        [InlineData("An old harbor dictum holds that the sea is “never calm for long.”", "never calm")]
        [InlineData("The mantra “Fix the pier” was painted on the harbor wall.", "Fix the pier")]
        public void WithNoOwnerNobodySaidIt(string body, string quoteStart) =>
            Assert.Null(Q(Quotes(body), quoteStart).Speaker);
    }
}
