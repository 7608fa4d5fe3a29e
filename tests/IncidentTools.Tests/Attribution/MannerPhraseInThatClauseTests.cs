using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The authority said … and that the guards had responded “with every pump they had”": a quotation that opens with a
    /// preposition right after the verb of a "that" clause is a phrase of manner the outer speaker quotes, not words the clause's
    /// subject spoke. (The fire chief's case, with no quotation before the "and that", gave the outer speaker already; it guards
    /// the same reading.)
    /// </summary>
    public class MannerPhraseInThatClauseTests
    {
        [Theory]
        [InlineData("The Harbour Safety Authority said the pier had been damaged “without any warning” and that the guards had responded “with every pump they had”.", "with every pump", "Harbour Safety Authority")]
        [InlineData("The ministry said the attack had come “without any warning” and that the soldiers had responded “with all the force they had”.", "with all the force", "ministry")]
        [InlineData("The fire chief said the blaze spread quickly and that the volunteers had responded “within a few minutes of the alarm”.", "within a few minutes", "fire chief")]
        public void TheOuterSpeakerQuotesTheMannerPhrase(string body, string quote, string speaker)
        {
            Assert.Equal(speaker, Q(Quotes(body), quote).Speaker);
        }

        [Fact]
        public void WordsTheInnerSubjectSpokeStayHis()
        {
            var quotes = Quotes("The authority said that the harbour master had responded “we have done all we could”.");
            Assert.Equal("harbour master", Q(quotes, "we have done").Speaker);
        }

        [Fact]
        public void APhraseInTheFirstPersonStaysTheInnerSubjects()
        {
            var quotes = Quotes("The mayor said the pier was closed and that Tom Reyes had responded “in the end we did all we could”.");
            Assert.Equal("Tom Reyes", Q(quotes, "in the end").Speaker);
        }
    }
}
