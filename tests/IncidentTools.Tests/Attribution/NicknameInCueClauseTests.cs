using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A nickname in marks inside the speaker's name ("council member Joanna “Jo” Lund") is no other quotation between a
    /// quotation and the reporting clause that closes its sentence or follows it after a comma: the clause is still found
    /// (Clauses.FindAtSentenceEnd, Clauses.FindMedial read a quotation mark as a stop only when it is someone's words).
    /// </summary>
    public class NicknameInCueClauseTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("“This is a big day for the harbour!” the mayor's niece, council member Joanna “Jo” Lund (Labour), shouted to the crowd.")]
        [InlineData("“This is a big day for the harbour!” the mayor's niece, council member Joanna \"Jo\" Lund (Labour), shouted to the crowd.")]
        public void ANicknameInsideAnApposedNameDoesNotHideTheClauseThatClosesTheSentence(string body)
        {
            var q = Assert.Single(Quotes(Opening + body), x => x.Text.StartsWith("This is"));
            Assert.Contains("Lund", q.Speaker);
        }

        [Fact]
        public void TheSameSentenceWithoutTheNicknameReadsTheSame()
        {
            var q = Assert.Single(Quotes(Opening + "“This is a big day for the harbour!” the mayor's niece, council member Joanna Lund (Labour), shouted to the crowd."), x => x.Text.StartsWith("This is"));
            Assert.Equal("Joanna Lund", q.Speaker);
        }

        [Fact]
        public void AQuotationOfWordsBetweenStillStopsTheSearch()
        {
            // "“safe”" is someone's word, not a nickname: the clause after it is not read back over it
            var quotes = Quotes(Opening + "“The pier was never safe,” the board's own engineers, who called the ferry “a wreck,” Tom Reyes added.");
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("The pier") && q.Speaker == "Tom Reyes" && q.Rule == "SentenceFinalCue");
        }
    }
}
