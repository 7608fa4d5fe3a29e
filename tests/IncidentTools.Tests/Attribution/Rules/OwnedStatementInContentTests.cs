using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueThenContent: a possessed noun of saying and its that-clause inside the content ("blamed the press for repeating
    /// Lund's claim that the pier is “unsafe”") reports the owner's words; the outer subject is not the quotation's speaker.
    /// Quoted words before that noun, or with no such noun, stay the subject's.
    /// </summary>
    public class OwnedStatementInContentTests
    {
        [Theory]
        [InlineData("Mayor Tomas Reyes on Friday blamed the press for repeating Ada Lund's claim that the pier is “unsafe for anyone.”", "unsafe")]
        [InlineData("Mayor Tomas Reyes accused the board of ignoring her warning that the ferry would be “out of service for months.”", "out of service")]
        public void TheOuterSubjectIsNotTheSpeaker(string body, string quote)
        {
            Assert.DoesNotContain(Quotes(body), x => x.Text.StartsWith(quote) && x.SpeakerMention == "Mayor Tomas Reyes");
        }

        [Fact]
        public void QuotedWordsWithoutSuchANounStayTheSubjects()
        {
            var q = Quotes("Mayor Tomas Reyes on Friday blamed the press for repeating that the pier is “unsafe for anyone.”");
            Assert.Equal("Mayor Tomas Reyes", Q(q, "unsafe").SpeakerMention);
            q = Quotes("Mayor Tomas Reyes called the board “reckless” for ignoring Ada Lund's claim that the pier is unsafe.");
            Assert.Equal("Mayor Tomas Reyes", Q(q, "reckless").SpeakerMention);
        }
    }
}
