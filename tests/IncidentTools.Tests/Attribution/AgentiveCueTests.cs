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
