using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>CharacterisedAs: "X hailed the deal as “a breakthrough”": what X holds the object to be is X's words.</summary>
    public class CharacterisedAsTests
    {
        [Theory]
        [InlineData("The mayor portrayed the new breakwater as “a lifesaver for the fleet.”", "The mayor", "a lifesaver", "portrayed")]
        [InlineData("For weeks, Councillor Ada Lund has gone after the ferry company as “a cartel with a timetable.”", "Councillor Ada Lund", "a cartel", "gone after")]
        [InlineData("Island Check, a fact-checking site, rated 40% of the mayor's claims as “misleading” last year.", "Island Check", "misleading", "rated")]
        [InlineData("The union has been steadily pounding the port board as “a club of absentees.”", "The union", "a club", "pounding")]
        [InlineData("Dr. Imre Vass openly admires the old harbour pilot as a “true seaman.”", "Dr. Imre Vass", "true seaman", "admires")]
        // belittling what one characterises: a verb with its particle, or "downplay"
        [InlineData("Last year, the harbour master played down the mayor's remarks as “just part of the campaign.”", "the harbour master", "just part", "played down")]
        [InlineData("The ferry company waved off the delay as a “minor” problem.", "The ferry company", "minor", "waved off")]
        [InlineData("Councillor Ada Lund downplayed the leak as “a drop in the ocean.”", "Councillor Ada Lund", "a drop", "downplayed")]
        public void TheSubjectCharacterisesTheObject(string body, string mention, string quote, string cue)
        {
            var a = Of(RunRules(body, new CharacterisedAs()), quote)!;
            Assert.Equal("CharacterisedAs", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The old pier was described as “a death trap” in the 1990s.")]          // passive: nobody named
        [InlineData("The cove is known as “Smugglers' Rest” to the locals.")]
        [InlineData("The coastguard will act as an “umpire” between the two ports.")]         // no object: no characterisation
        [InlineData("Ferry crews have a pay rise as “compensation” for the night shifts.")]   // no characterising verb
        [InlineData("Describing the breakwater as “a lifesaver,” the report was upbeat.")]    // a participle of another clause
        [InlineData("The leak was played down as “a drop in the ocean” for weeks.")]          // passive: nobody named
        [InlineData("The crews played the tune down by the pier as “Harbour Lights.”")]       // "played" with no particle after it
        public void NoCharacterisationNoSpeaker(string body) => Assert.Empty(RunRules(body, new CharacterisedAs()).Found);

        [Theory]
        // the characterising clause is the content of another subject's verb of speech: the words are not clearly its subject's
        [InlineData("The mayor rebuked critics who say he should condemn the pilots as “harbour pirates.”")]
        [InlineData("Ada Lund said that the mayor hailed the deal as a “breakthrough.”")]
        public void ACharacterisationReportedByAnotherSpeakerIsNotItsSubjects(string body) =>
            Assert.Empty(RunRules(body, new CharacterisedAs()).Found);

        [Fact]
        public void AVerbOfSpeechBeforeTheSubjectsOwnClauseDoesNotStopIt()
        {
            // near miss: "said" ends the sentence before; the characterising clause's subject opens its own sentence
            var a = Of(RunRules("“We tried,” Ada Lund said. The mayor hailed the deal as a “breakthrough.”", new CharacterisedAs()), "breakthrough")!;
            Assert.Equal("The mayor", a.Source!.Text);
        }

        [Theory]
        [InlineData("The new breakwater was described by harbor pilots as “a lifesaver for the fleet.”", "harbor pilots", "a lifesaver")]
        [InlineData("The ferry timetable was ridiculed as a “work of fiction” by Councillor Ada Lund.", "Councillor Ada Lund", "work of fiction")]
        [InlineData("The audit — often labeled as a “whitewash” by the union — ran for a year.", "the union", "whitewash")]
        [InlineData("The deal, praised by the fishermen's union as a “breakthrough,” passed.", "the fishermen's union", "breakthrough")]
        public void ThePassivesAgentCharacterisesItsSubject(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new CharacterisedAs()), quote)!;
            Assert.Equal("CharacterisedAs", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("The old pier was described as “a death trap” by the time it closed.", "a death trap")]   // "by" the time: no agent
        [InlineData("The boat was described by him as a “wreck.”", "wreck")]                                    // a pronoun agent: left to others
        [InlineData("The plan, which Reyes described as a “giveaway” by the mayor, failed.", "giveaway")]      // active, after its subject: no passive
        public void NoPassiveAgentNoSpeaker(string body, string quote) => Assert.Null(Of(RunRules(body, new CharacterisedAs()), quote));

        [Fact]
        public void TheSecondQuotationOfTheListIsTheSameSpeakers()
        {
            var c = RunRules("The mayor has gone after the ferry company as “a cartel” and a “museum of delays.”",
                new CharacterisedAs(), new ContinuationPass(new QuoteInList()));
            Assert.Equal("The mayor", Of(c, "a cartel")!.Source!.Text);
            Assert.Same(Of(c, "a cartel")!.Root, Of(c, "museum of delays")!.Root);
        }
    }
}
