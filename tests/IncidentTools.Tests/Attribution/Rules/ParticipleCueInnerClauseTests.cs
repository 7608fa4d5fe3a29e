using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>ParticipleCue when the sentence does not open with its subject: the subject of the clause the participle hangs on.</summary>
    public class ParticipleCueInnerClauseTests
    {
        [Theory]
        [InlineData("Mayor Ada Lund blasted the plan, saying, “It will sink the harbour.”", "Mayor Ada Lund", "saying")]
        // an opening phrase the grammar does not skip: the subject of the clause after its comma
        [InlineData("Here in Portsmouth, Lund stepped up her attacks on the board, saying, “It will sink the harbour.”", "Lund", "saying")]
        [InlineData("Speaking at a town hall in Salem, New Hampshire, Lund went after Reyes, calling him “a total stiff.”", "Lund", "calling")]
        // the subject of a clause after a subordinator
        [InlineData("The first clash came during a speech at the pier, when ferry workers interrupted the mayor, shouting “she wins, we lose!”", "ferry workers", "shouting")]
        public void TheClauseSubjectSaidIt(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new ParticipleCue()), "")!;
            Assert.Equal("ParticipleCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The ferry was late again, which the captain blamed on the storm, calling it “the worst in years.”")]   // a relative clause's subject
        [InlineData("Here in Portsmouth, the storm battered the pier, leaving the “old quarter” dark.")]                      // no participle of saying
        [InlineData("Before the vote at the pier, a “historic” moment, the board met.")]                                    // no participle at all
        public void NoClauseSubjectNoSpeaker(string body) => Assert.Empty(RunRules(body, new ParticipleCue()).Found);
    }
}
