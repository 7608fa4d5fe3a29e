using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Having said that, there are broader questions": a perfect participle opening a sentence opens a phrase with no subject
    /// of its own; its verb is no cue whose subject is "Having" (texts of its own).
    /// </summary>
    public class PerfectParticipleOpenerTests
    {
        [Theory]
        [InlineData("Having said that, there are broader questions about the plant.")]
        [InlineData("(Having said that, there are broader questions about the plant.)")]
        [InlineData("Yet, having said that, there are broader questions about the plant.")]
        public void AnOpeningPerfectParticipleReportsNothing(string text) =>
            Assert.DoesNotContain(Run(text), f => f.Cue == "said");

        [Fact]
        public void TheClauseAfterItKeepsItsOwnSubject()
        {
            var found = Run("Having announced that he would not resign, the mayor said the plant was safe.");
            Assert.DoesNotContain(found, f => f.Source == "Having" || f.Cue == "announced");
            var said = ByCue(found, "said");
            Assert.Equal("the mayor", said.Source);
            Assert.Equal("mayor", said.Record.Speaker?.Display);
        }

        [Fact]
        public void AParticipleAfterItsSubjectStillReports()
        {
            // near miss: "The mayor, having said …" has its subject before the participle
            var found = Run("The mayor, having said he would resign, stayed. The mayor, having earlier said he would resign, stayed.");
            Assert.Contains(found, f => f.Cue == "said" && f.Source == "The mayor");
        }
    }
}
