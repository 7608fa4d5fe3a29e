using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb that reports only of one who can act (reporting-verbs.txt "agentive": "threaten") says, with a thing, an event or a
    /// document as its subject, what may come of it, not what anyone said; with a person, a group or an institution it reports.
    /// </summary>
    public class AgentiveCueTests
    {
        [Theory]
        [InlineData("The collision threatens to worsen relations between the two harbour towns.")]
        [InlineData("The storm threatened to close the port for a week.")]
        [InlineData("Rising fuel costs threaten to push the ferry fares up again.")]
        public void AThingOrAnEventThreatensNothingSaid(string sentence) =>
            Assert.Empty(Run(sentence));

        [Theory]
        [InlineData("The ferry workers' union threatened to strike before the summer.", "The ferry workers' union")]
        [InlineData("Mayor Ines Tovar threatened to close the harbour to cruise ships.", "Mayor Ines Tovar")]
        [InlineData("A senior port official threatened to resign over the levy.", "A senior port official")]
        public void OneWhoCanActStillThreatens(string sentence, string source)
        {
            var f = Assert.Single(Run(sentence));
            Assert.Equal(source, f.Source);
            Assert.Equal("threatened", f.Cue);
        }
    }
}
