using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Words that look like a report and are none, and a content that ran on into the writer's next clause (claims93, read on
    /// unannotated news): a telephoned object before a comma ("calls her cell, …"), a title after "called" that opens with "The",
    /// "dismiss" of a case or of staff (sense-objects.txt), a clause of reason after the verb ("knew because …"); a clause of its own
    /// after ", and" whose subject is a pronoun written with its auxiliary ("…, and we’re happy to …") or whose verb is a form of
    /// "go" without "on" ("…, and Bell went quiet"), which is no part of the content.
    /// </summary>
    public class OtherSenseAndClauseEndTests
    {
        [Theory]
        [InlineData("When a radio station calls his cell, the harbour master waves the room quiet.", "calls")]
        [InlineData("When the paper called her mobile, Ines Tovar hung up.", "called")]
        [InlineData("Two nurses who wrote a memoir called The Price of Quiet that came out in May voiced their worry about the cuts.", "called")]
        [InlineData("Velmar prosecutors dismissed charges after the witnesses changed their story.", "dismissed")]
        [InlineData("The judge dismissed the lawsuit on Tuesday.", "dismissed")]
        [InlineData("The ferry company dismissed two employees last week.", "dismissed")]
        [InlineData("I knew because my brother had told me.", "knew")]
        public void NoReportByTheVerb(string body, string cue)
        {
            var found = Run(body);
            Assert.DoesNotContain(found, f => f.Cue == cue);
        }

        [Theory]
        // the same verbs with what they report
        [InlineData("Mayor Ines Tovar dismissed the charges against her as a smear.", "dismissed", "the charges against her as a smear")]
        [InlineData("Mayor Ines Tovar dismissed the report.", "dismissed", "the report")]
        [InlineData("Bram Okafor called The Harbour Times a disgrace.", "called", "The Harbour Times a disgrace")]
        [InlineData("Bram Okafor said because the ferry was late, the vote was lost.", "said", "because the ferry was late, the vote was lost")]
        [InlineData("Judge Ada Quist said just because the pier was old did not mean it was unsafe.", "said", "just because the pier was old did not mean it was unsafe")]
        [InlineData("We know because the harbour board told us so, the pier is unsafe.", "know", "because the harbour board told us so, the pier is unsafe")]
        public void StillReports(string body, string cue, string content)
        {
            var f = ByCue(Run(body), cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("We know that captains have many questions about this, and we’re happy to answer them.", "know", "captains have many questions about this")]
        [InlineData("The harbour master said the pier was safe, and she’s ready to open it.", "said", "the pier was safe")]
        [InlineData("Ines Tovar released a brief statement denying the claims, and Bram Okafor went quiet.", "denying", "the claims")]
        [InlineData("Ines Tovar released a brief statement denying the claims, and he went home.", "denying", "the claims")]
        public void ContentEndsBeforeTheNextClause(string body, string cue, string content)
        {
            var f = ByCue(Run(body), cue);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void GoOnStillReportsInItsOwnClause()
        {
            // "went on to say" is a cue of its own clause: the first content ends before it, and the second is read
            var found = Run("Ines Tovar said the pier was safe, and Bram Okafor went on to say it was not.");
            Assert.Equal("the pier was safe", ByCue(found, "said").Content);
        }
    }
}
