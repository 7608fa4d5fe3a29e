using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>CoordinatedCue: a reporting verb coordinated with the first verb phrase of a subject takes that subject.</summary>
    public class CoordinatedCueTests
    {
        [Theory]
        [InlineData("Mayor Ada Lund toured the pier on Monday and said it was “perfectly safe” for children.", "Mayor Ada Lund", "said")]
        [InlineData("The harbour board rejected the plan but called the budget “sound.”", "The harbour board", "called")]
        [InlineData("Lund asked the captain to resign and said, “His time is up!”", "Lund", "said")]
        public void TheSecondVerbPhraseHasTheFirstsSubject(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new CoordinatedCue()), "")!;
            Assert.Equal("CoordinatedCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Fact]
        public void AnAsBeforeTheFirstPhrasesQuotationOpensNoClause()
        {
            // the first phrase is attributed by the rules before; "as “a fair man”" is its object's complement, no clause of another subject
            const string body = "Speaking on Monday in Corran, which hosts the regatta, Lund referred to the captain as “a fair man” but described his crew as a “work in progress.”";
            var a = Of(RunRules(body, new CueThenContent(), new CoordinatedCue()), "work in progress")!;
            Assert.Equal("CoordinatedCue", a.Rule);
            Assert.Equal("Lund", a.Source!.Text);
            Assert.Equal("described", a.CueWords!.Text);
        }

        [Fact]
        public void AsOpeningAClauseStillEndsTheFirstPhrase()
        {
            // "as the captain left": "as" with a subject and verb of its own is a subordinate clause between
            const string body = "Speaking on Monday, Lund waved as the captain left the pier and described the crew as a “work in progress.”";
            var found = RunRules(body, new CoordinatedCue()).Found;
            Assert.DoesNotContain(found, f => f.Rule == "CoordinatedCue" && f.Source?.Text == "Lund");
        }

        [Theory]
        [InlineData("Lund opened the hearing when she raised the ferry fares and later said, “The pier is safe.”", "she", "said")]
        [InlineData("Lund was furious after Captain Reyes left the meeting and told reporters the pier was “perfectly safe.”", "Captain Reyes", "told")]
        [InlineData("Lund was angry because the board ignored her letter and called the budget “a mess.”", "the board", "called")]
        public void ASubordinateClauseRunningOnToTheCoordinatorHasItsOwnSubject(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new CoordinatedCue()), "")!;
            Assert.Equal("CoordinatedCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("Lund would resign if the board ignored her letter and called the budget “a mess.”")]   // a condition: maybe never said
        [InlineData("When Reyes left the pier, the crowd cheered and called the captain “a hero.”")]      // the clause closed at its comma
        public void NoSubordinateSubjectForAConditionOrAClosedClause(string body) =>
            Assert.DoesNotContain(RunRules(body, new CoordinatedCue()).Found, f => f.Source?.Text is "the board" or "Reyes");

        [Theory]
        [InlineData("Mayor Ada Lund toured the pier, and the captain said it was “perfectly safe.”")]     // a subject of its own
        [InlineData("The ferry left late – she toured the pier and said it was “perfectly safe.”")]         // another clause before
        [InlineData("Mayor Ada Lund said that the captain toured the pier and said it was “safe.”")]        // the verb phrase is the captain's
        [InlineData("Mayor Ada Lund toured the pier and left the “old quarter” by noon.")]                 // no reporting verb
        public void NoSharedSubjectNoSpeaker(string body) => Assert.Empty(RunRules(body, new CoordinatedCue()).Found);
    }
}
