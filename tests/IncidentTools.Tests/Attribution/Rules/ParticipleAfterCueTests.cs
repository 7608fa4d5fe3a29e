using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>ParticipleAfterCue: “…,” X said, adding that … “…”.</summary>
    public class ParticipleAfterCueTests
    {
        [Fact]
        public void TheParticipleGoesOnWithTheSpeakersWords()
        {
            var c = RunRules("“The pier is closed,” the port official said on Monday, adding that repairs would take “at least a month.”",
                new QuoteThenCue(), new ContinuationPass(new ParticipleAfterCue()));
            Assert.Equal("ParticipleAfterCue", Of(c, "at least")!.Rule);
            Assert.Equal("the port official", Of(c, "at least")!.Root.Source!.Text);
        }

        [Theory]
        [InlineData("“The pier is closed,” the port official said, pointing at the sign that read “no entry.”")]
        [InlineData("“The pier is closed,” the port official said, adding nothing; the crowd shouted “shame.”")]
        public void AnotherVerbOrClauseIsNoContinuation(string body)
        {
            var c = RunRules(body, new QuoteThenCue(), new ContinuationPass(new ParticipleAfterCue()));
            Assert.Single(c.Found);
        }
    }

    /// <summary>Verbs of judgement and naming that take a quotation as their object.</summary>
    public class JudgementVerbTests
    {
        [Theory]
        [InlineData("The mayor likened the timetable to “a lottery ticket.”", "likened")]
        [InlineData("The union characterized the plan as “reckless.”", "characterized")]
        [InlineData("The captain accused the board of “gambling with our lives.”", "accused")]
        [InlineData("The minister denounced the strike as “political theatre.”", "denounced")]
        public void TheSubjectOfTheVerbSaysIt(string body, string cue)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), "")!;
            Assert.Equal(cue, a.CueWords!.Text);
        }
    }
}
