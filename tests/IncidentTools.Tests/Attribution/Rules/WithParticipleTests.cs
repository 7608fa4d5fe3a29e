using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>WithParticiple: in "with" + noun phrase + participle of saying, the noun phrase said the quotation the participle's phrase holds.</summary>
    public class WithParticipleTests
    {
        [Theory]
        [InlineData("The harbour board voted the plan down, with the ferry union calling it “a disgrace to the town.”", "the ferry union", "calling")]
        [InlineData("Some passengers pushed a photographer off the pier, with Captain Ada Lund reportedly yelling: “Get him off my boat!”", "Captain Ada Lund", "yelling")]
        [InlineData("The debate turned sour, with Councilwoman Jo Bell telling reporters on Monday she held the board “directly responsible” for the delays.", "Councilwoman Jo Bell", "telling")]
        [InlineData("Both rivals have pledged tougher checks, with Reyes recently promising to “inspect every hull by spring.”", "Reyes", "promising")]
        public void TheNounPhraseBeforeTheParticipleSaidIt(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new WithParticiple()), "")!;
            Assert.Equal("WithParticiple", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The mayor met with reporters at the pier, saying the ferry was “perfectly safe.”")]              // a participle after a comma: the clause's
        [InlineData("The board voted the plan down, with Lund saying Reyes called it “a disgrace.”")]                // another speaker's verb in between
        [InlineData("The ferry left with the captain waving at the “crowd” on the pier.")]                           // no participle of saying
        [InlineData("With the captain saying nothing, the crew sailed; the “old quarter” stayed dark.")]               // across a semicolon
        [InlineData("The ferry left with its “lucky” captain at the helm.")]                                          // no participle at all
        [InlineData("With the captain saying nothing – the crew sailed and the “old quarter” stayed dark.")]           // across a dash (any of Token.IsDash)
        [InlineData("With the captain saying nothing ― the crew sailed and the “old quarter” stayed dark.")]
        public void NoAbsoluteParticipleNoSpeaker(string body) => Assert.Empty(RunRules(body, new WithParticiple()).Found);

        [Theory]
        // a verb of stance earlier in the sentence (CueBeforeQuote's) leaves the quotation to the nearer "with" phrase
        [InlineData("Captains who agree that the pier should close were annoyed by the delay, with Councilwoman Jo Bell calling it “a shambles.”", "Councilwoman Jo Bell", "WithParticiple")]
        // no "with" phrase: the verb before the quotation
        [InlineData("Captains who agree that the pier should close called the delay “a shambles.”", "Captains", "CueBeforeQuote")]
        public void ANearerWithPhraseWinsOverAnEarlierCue(string body, string mention, string rule)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: true), new CueBeforeQuote(close: false), new WithParticiple()), "a shambles")!;
            Assert.Equal(rule, a.Rule);
            Assert.StartsWith(mention, a.Source!.Text);
        }
    }
}
