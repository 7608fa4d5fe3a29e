using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueBeforeQuote and CueThenContent: a verb of judging or denying whose object is a possessed noun of saying and its
    /// that-clause ("Critics mocked Lund's claim that …", "Reyes disputed the mayor's assertion that …") judges the owner's words;
    /// the quotation in that clause is not the judging subject's (StatementNoun gives it to the owner, a name, a pronoun or a
    /// description of a person or body). Quotations outside the clause, and verbs of saying, stay the subject's.
    /// </summary>
    public class JudgedStatementTests
    {
        [Theory]
        [InlineData("Critics mocked Ada Lund’s claim that the breakwater was “good for a century.”", "good for", "Ada Lund")]
        [InlineData("Harbor pilots disputed Ada Lund's assertion that the channel was “deep enough for any ship.”", "deep enough", "Ada Lund")]
        [InlineData("Tomas Reyes rejected the mayor's claim that the ferry was “ready to sail.”", "ready to", "the mayor")]
        public void TheJudgedWordsAreTheOwners(string body, string quote, string? speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        // quoted words after the clause: the subject's own
        [InlineData("Tomas Reyes rejected Ada Lund's claim that the pier was safe, calling it “nonsense.”", "nonsense", "Tomas Reyes")]
        // a verb of saying, not of judging: the subject reports the clause
        [InlineData("Tomas Reyes said Ada Lund's claim that the pier was safe was “a fairy tale.”", "a fairy tale", "Tomas Reyes")]
        // the object is no owned noun of saying
        [InlineData("Tomas Reyes mocked the plan that the council called “a bold step.”", "a bold step", null)]
        [InlineData("Tomas Reyes criticized the board for saying that the pier was “as safe as houses.”", "as safe", "Tomas Reyes")]
        public void OtherQuotationsStayTheSubjects(string body, string quote, string? speaker)
        {
            var q = Q(Quotes(body), quote);
            if (speaker == null) Assert.NotEqual("Tomas Reyes", q.SpeakerMention);
            else Assert.Equal(speaker, q.SpeakerMention);
        }
    }
}
