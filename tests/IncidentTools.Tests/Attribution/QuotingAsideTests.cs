using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "“…,” Jo Bell, who called the plan “a farce,” said": an aside about the person before the verb (a relative with "who" or
    /// "whose", or a participle phrase) that quotes words of its own still leaves the verb to the name or the description
    /// before it (MentionParser.QuotingAsideBeforeCue). Not when the aside is no aside: a list goes on after it, or its
    /// quotation ends a statement.
    /// </summary>
    public class QuotingAsideTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("“We will not rebuild it,” Jo Bell, who called the plan “a farce,” said on Monday.", "Jo Bell")]
        [InlineData("“We will not rebuild it,” Jo Bell, who called the plan “a farce” last year, said on Monday.", "Jo Bell")]
        [InlineData("“We have had better weeks,” Ohio delegate Tom Harlan, wearing a straw hat and “Kasich” badges, said quietly.", "Tom Harlan")]
        [InlineData("“We will not rebuild it,” the harbour master, who called the plan “a farce” last year, said on Monday.", "harbour master")]
        [InlineData("The harbour master, whose union printed “Save the Pier” posters, said, “We will not rebuild it.”", "harbour master")]
        public void TheSubjectBeforeAQuotingAsideSpeaks(string body, string speaker)
        {
            var q = Q(Quotes(Opening + body), "We ");
            Assert.Equal(speaker, q.Speaker);
        }

        /// <summary>The quotation inside the aside stays the words of the one the aside is about.</summary>
        [Fact]
        public void TheQuotationInTheAsideIsStillTheSubjects()
        {
            var q = Q(Quotes(Opening + "“We will not rebuild it,” Jo Bell, who called the plan “a farce” last year, said on Monday."), "a farce");
            Assert.Equal("Jo Bell", q.Speaker);
        }

        /// <summary>
        /// Near cases: after the aside's comma a list goes on ("and Tom Reyes"), so the verb is the pair's and not Bell's alone;
        /// and an aside whose quotation ends a statement is no aside at all.
        /// </summary>
        [Theory]
        [InlineData("“We will not rebuild it,” Jo Bell, who called the plan “a farce,” and Tom Reyes said on Monday.", "Jo Bell")]
        [InlineData("“We will not rebuild it,” Jo Bell, who called the plan “a farce.” Tom Reyes said on Monday that he agreed.", "Jo Bell")]
        public void NoAsideNoSubjectOfTheVerb(string body, string notSpeaker)
        {
            var q = Q(Quotes(Opening + body), "We ");
            Assert.NotEqual(notSpeaker, q.Speaker);
        }
    }
}
