using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "X is said to be “furious”": a quotation after a passive verb of saying and "to be" is what others say about the subject,
    /// not the subject's words, and the subject is not its speaker; "X is said to have called the plan “…”" still reports X's words.
    /// </summary>
    public class SaidToBeQuotedTests
    {
        [Theory]
        [InlineData("Harbour chief Tomas Vale is said to be “furious” about the leak.", "furious")]
        [InlineData("The new minister, Ada Rook, was said to be a “tough negotiator” by her aides.", "tough negotiator")]
        [InlineData("Coach Lina Brandt is reported to be “deeply unhappy” with the board.", "deeply unhappy")]
        public void TheSubjectIsNotTheSpeaker(string sentence, string quoted) =>
            Assert.DoesNotContain(Run(sentence), f => f.Content.Contains(quoted));

        [Fact]
        public void WordsTheSubjectIsSaidToHaveSpokenStayItsOwn()
        {
            // near miss: "is said to have called …" reports what the subject said
            var f = Assert.Single(Run("Harbour chief Tomas Vale is said to have called the plan “a joke.”"));
            Assert.Equal(nameof(CueBeforeQuote), f.Rule);
            Assert.Equal("Harbour chief Tomas Vale", f.Source);
            Assert.Equal("a joke.", f.Content);
        }

        [Fact]
        public void TheSubjectsOwnVerbBeforeToBeStillReports()
        {
            // near miss: "said she would be “…”" is the subject's own statement
            var f = Run("Harbour chief Tomas Vale said he would be “furious” if the ferry closed.").First(x => x.Content.Contains("furious"));
            Assert.Equal("Harbour chief Tomas Vale", f.Source);
        }
    }
}
