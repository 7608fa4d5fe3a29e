using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Verbs of pressing someone toward an act or a belief ("encouraged voters to stay home", "reassured donors that …"): words said to someone, reported with the subject as source (reporting-verbs.txt:
    /// speech, object, infinitive, agentive). A thing or an event as subject ("the results encouraged investors") reports nothing.
    /// </summary>
    public class UrgingVerbsTests
    {
        [Theory]
        [InlineData("The harbour master encouraged the skippers to stay in port until the storm passed.", "The harbour master", "encouraged", "the skippers to stay in port until the storm passed")]
        [InlineData("The ferry company reassured passengers that the night service would run as before.", "The ferry company", "reassured", "passengers that the night service would run as before")]
        public void ThePersonWhoPressesIsTheSource(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()), x => x.Cue == cue);
            Assert.Equal(source, f.Source);
            Assert.Contains(content.Split(' ').Last(), f.Content);
        }

        [Theory]
        [InlineData("The calm weather encouraged the skippers to sail early.")]
        [InlineData("The new timetable encouraged many commuters to leave their cars at home.")]
        // "it" alone stands for the thing just named (the fare cut), not for a body that speaks
        [InlineData("The ferry board expects the fare cut to pay for itself, because it would encourage tourists to stay longer.")]
        // no infinitive or clause after the object: a thing fostered, no words said
        [InlineData("Captain Ines Varga hoped the new pier would open soon and encouraged a dialogue between the two clubs.")]
        [InlineData("The harbour master ignored the warnings, encouraging the rumours about the wreck.")]
        public void AThingAsSubjectReportsNothing(string sentence)
        {
            Assert.DoesNotContain(Run(sentence), x => x.Cue is "encouraged" or "persuaded" or "encourage" or "encouraging");
        }
    }
}
