using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "On top of that, Lund said …", "Despite that, …", "After that, …": a phrase that opens the sentence with a preposition and
    /// closes on "that" before its comma points back at what the text said; its "that" is the preposition's object, no relative
    /// or complementizer opening a clause, and the sentence's subject after the comma reports as after any other opening phrase.
    /// "So that, …" (no preposition) and "said that, …" (a verb's clause) are no such phrase. Texts written for these tests.
    /// </summary>
    public class DemonstrativeOpeningTests
    {
        [Theory]
        [InlineData("On top of that, Ada Lund said on Sunday that the ferry levy was unfair.", "Ada Lund", "said", "the ferry levy was unfair")]
        [InlineData("Despite that, Ada Lund said that the ferry levy was unfair.", "Ada Lund", "said", "the ferry levy was unfair")]
        [InlineData("After that, the harbour master told reporters the pier was safe.", "the harbour master", "told", "the pier was safe")]
        [InlineData("Because of that, many crews say the ferry levy is unfair.", "many crews", "say", "the ferry levy is unfair")]
        [InlineData("And beyond that, the mayor insisted that the pier was safe.", "the mayor", "insisted", "the pier was safe")]
        public void ThatClosingAnOpeningPhraseOpensNoClause(string body, string source, string cue, string content) =>
            AssertReportedByCueThenContent(body, source, cue, content);

        [Fact]
        public void ThatAfterAVerbStillOpensItsClause()
        {
            // near miss: "said that, despite that, …" keeps the verb's that-clause whole
            var f = ByCue(Run("The board said that, despite that, the ferry levy was fair.", new CueThenContent()), "said");
            Assert.Equal("The board", f.Source);
            Assert.EndsWith("the ferry levy was fair", f.Content);
        }
    }
}
