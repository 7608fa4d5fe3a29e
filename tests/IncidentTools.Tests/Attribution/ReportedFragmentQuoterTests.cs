using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A fragment quoted in the object of the verb of a "that" clause, which a subject and a verb of speech before it report,
    /// is the words the reporter quotes: "The spokesman repeated that the board had expressed its “deepest sorrow”" is the
    /// spokesman's, not the board's. Not when the nearer subject is a pronoun, nor for words in the first person, nor for a
    /// clause with no outer verb of speech.
    /// </summary>
    public class ReportedFragmentQuoterTests
    {
        private const string Opening = "The storm closed the old pier on Friday.\n\n";

        [Theory]
        [InlineData("Harbour spokesman Tom Reyes repeated that the council had expressed its “deepest sorrow” over the deaths.", "Tom Reyes")]
        [InlineData("Ada Lund said on Monday that the council had expressed its “deep regret and sorrow” in a letter.", "Ada Lund")]
        public void AFragmentInTheObjectOfAReportedClauseIsTheReportersQuote(string body, string speaker)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void APronounSubjectOfTheReportedClauseKeepsItsFragment()
        {
            // "she" may be the reporter herself: the nearer clause keeps the quotation as before
            var q = Assert.Single(Quotes(Opening + "Ada Lund said on Monday that she had expressed her “deep regret and sorrow” in a letter."));
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
        }

        [Fact]
        public void WordsInTheFirstPersonStayTheNearerSubjects()
        {
            var q = Assert.Single(Quotes(Opening + "Ada Lund said on Monday that Tom Reyes had expressed “our deepest sorrow” in his letter."));
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void WordsCriedAloudStayTheNearerSubjects()
        {
            var q = Assert.Single(Quotes(Opening + "Ada Lund added that Tom Reyes climbed onto the pier, shouted “the rope has gone!”, and ran for help."));
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void AClauseNoVerbOfSpeechReportsKeepsItsOwnSubject()
        {
            var q = Assert.Single(Quotes(Opening + "Ada Lund hoped that the council had expressed its “deep regret and sorrow” in a letter."));
            Assert.NotEqual("Ada Lund", q.Speaker);
        }
    }
}
