using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// ParticipleCue with one or two adverbs or phrases of a moment between the comma (or "after", "by") and the participle ("…,
    /// also calling …", "…, even after repeatedly dismissing …", "…, at one point calling …"): the participle still reports for the subject of the clause before it, and
    /// a fragment in its phrase is the subject's words.
    /// </summary>
    public class ParticipleAfterAdverbTests
    {
        [Theory]
        [InlineData("The mayor limited her attacks to the port, also calling the plan “a disgrace” after the vote.", "The mayor", "calling")]
        [InlineData("Councillor Ada Lund kept meeting the board, even after repeatedly dismissing its members as the “old guard” at rallies.", "Councillor Ada Lund", "dismissing")]
        [InlineData("The union spoke about the pier on Friday, again urging members to reject “a rotten deal.”", "The union", "urging")]
        // a phrase of a moment of the longer speech (tagged moment) stands where an adverb does
        [InlineData("The mayor spoke for an hour at the pier, at one point calling the plan “a disgrace.”", "The mayor", "calling")]
        [InlineData("Councillor Ada Lund took questions from the crews, at times dismissing the board as the “old guard.”", "Councillor Ada Lund", "dismissing")]
        public void TheSubjectSaidIt(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new ParticipleCue()), "")!;
            Assert.Equal("ParticipleCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        // a finite auxiliary before the participle: the participle is part of the relative clause's verb, not a phrase of the subject's
        [InlineData("The mayor met the board, which was repeatedly calling the plan “a disgrace.”")]
        // three adverbs: too far from its comma to read as the phrase it opens
        [InlineData("The mayor met the board, then also later quietly calling the plan “a disgrace.”")]
        // an adverb with no comma or lead word before it: the participle hangs on the noun before it ("the men … calling")
        [InlineData("The mayor watched the men often calling the plan “a disgrace.”")]
        // a phrase of place, no moment: the participle may describe the noun in it ("the crews … calling")
        [InlineData("The mayor spoke for an hour, at the pier with the crews calling the plan “a disgrace.”")]
        public void NoPhraseOfTheSubject(string body) => Assert.Empty(RunRules(body, new ParticipleCue()).Found);
    }
}
