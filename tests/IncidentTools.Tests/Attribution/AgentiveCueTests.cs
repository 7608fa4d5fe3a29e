using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb that reports only of one who can act (reporting-verbs.txt "agentive": "threaten") says, with a thing or an event (a
    /// singular description of no person, group, institution or document) as its subject, what may come of it, not what anyone said; with a person, a group or an institution it reports.
    /// </summary>
    public class AgentiveCueTests
    {
        [Theory]
        [InlineData("The collision threatens to worsen relations between the two harbour towns.")]
        [InlineData("The storm threatened to close the port for a week.")]
        [InlineData("The dispute threatens to delay the new ferry contract.")]
        public void AThingOrAnEventThreatensNothingSaid(string sentence) =>
            Assert.Empty(Run(sentence));

        [Theory]
        [InlineData("Mayor Ines Tovar's tone often seemed to encourage the crowd to jeer.")]
        [InlineData("The harbour master's long silence threatens to delay the new ferry contract.")]
        [InlineData("Despite the notices asking for calm, Mayor Ines Tovar's tone often seems to encourage the hecklers.")]
        public void AThingSomeoneHasThreatensNothingSaid(string sentence) =>
            Assert.DoesNotContain(Run(sentence), f => f.Cue is "encourage" or "threatens");

        [Theory]
        [InlineData("Mayor Ines Tovar's office encouraged islanders to vote against the levy.", "Mayor Ines Tovar's office", "encouraged")]
        [InlineData("The mayor's spokesman threatened to close the harbour to cruise ships.", "The mayor's spokesman", "threatened")]
        public void ABodyOrAPersonSomeoneHasStillPresses(string sentence, string source, string cue)
        {
            var f = Assert.Single(Run(sentence));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
        }

        [Theory]
        [InlineData("The ferry workers' union threatened to strike before the summer.", "The ferry workers' union")]
        [InlineData("Mayor Ines Tovar threatened to close the harbour to cruise ships.", "Mayor Ines Tovar")]
        [InlineData("A senior port official threatened to resign over the levy.", "A senior port official")]
        [InlineData("Several councillors threatened to walk out of the meeting.", "Several councillors")]
        public void OneWhoCanActStillThreatens(string sentence, string source)
        {
            var f = Assert.Single(Run(sentence));
            Assert.Equal(source, f.Source);
            Assert.Equal("threatened", f.Cue);
        }
    }
}
