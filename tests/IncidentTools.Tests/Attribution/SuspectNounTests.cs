using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "suspect" and "suspects" are nouns as often as verbs ("the two suspects", "my main suspects"): a verb of belief
    /// only before its content ("Police suspect the fire was set"); before another verb it is the head of the subject.
    /// </summary>
    public class SuspectNounTests
    {
        [Theory]
        [InlineData("My main suspects remain the leaky valves on the old pier.")]
        [InlineData("Our chief suspects are the gulls that nest on the harbour wall.")]
        [InlineData("The two suspects remain in custody in Tarvik.")]
        public void ANounBeforeItsVerbIsNoCue(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("Harbour police suspect the fire on the pier was set.", "suspect", "the fire on the pier was set")]
        [InlineData("The ferry captain suspects that the cable was cut.", "suspects", "the cable was cut")]
        public void AVerbBeforeItsContentStillReports(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }
    }
}
