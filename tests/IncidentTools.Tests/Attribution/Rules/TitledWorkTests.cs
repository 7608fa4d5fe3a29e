using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>TitledWork: the title a subject gives the piece it publishes is the subject's words.</summary>
    public class TitledWorkTests
    {
        [Theory]
        [InlineData("Board chair Ada Lund released a memo titled “Where the Budget Stands.”", "Ada Lund", "released")]
        [InlineData("Ada Lund published a column in the Courier on Sunday, entitled, “Why the Ferry Must Stay.”", "Ada Lund", "published")]
        [InlineData("The union launched a radio ad in the county on Saturday afternoon titled, “Sinking.”", "union", "launched")]
        public void ThePublisherGaveTheTitle(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new TitledWork()), "")!;
            Assert.Equal("TitledWork", a.Rule);
            Assert.Contains(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("Lund said the plan reminds him of the 1969 book titled “The Long Winter.”")]   // nobody publishes it here
        [InlineData("The ad, titled “Sinking,” ran twice.")]                                     // a title with no publisher
        [InlineData("The band released a new record on Friday, and a film called “Night Train” opens today.")] // another clause
        [InlineData("Lund released the figures and called them “a disgrace.”")]                  // no piece and no title
        [InlineData("Lund released a statement calling the vote “a disgrace.”")]                  // a participle, not a title
        public void NoPublisherNoSpeaker(string body) => Assert.Empty(RunRules(body, new TitledWork()).Found);
    }
}
