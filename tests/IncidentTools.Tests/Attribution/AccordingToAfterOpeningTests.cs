using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"For example, according to X, …": after an opening phrase the content is the clause after the source (texts of its own).</summary>
    public class AccordingToAfterOpeningTests
    {
        [Theory]
        [InlineData("For example, according to the Harbour Gazette, the council spent $3 million on the pier in 2019.", "the council spent $3 million on the pier in 2019")]
        [InlineData("In addition, according to the ministry, nine more schools will close in June.", "nine more schools will close in June")]
        [InlineData("Shortly after the vote, according to two aides, the mayor left the building.", "the mayor left the building")]
        public void TheContentIsTheClauseAfterTheSource(string text, string content) =>
            Assert.Contains(Run(text), f => f.Rule == "AccordingToClause" && f.Content == content);

        [Fact]
        public void AnAppositionThenAVerbKeepsTheInvertedClause()
        {
            // near miss: "At the heart of it, according to X, a former envoy, was …" inverts the clause; the opening is its own
            var found = Run("At the heart of the dispute, according to Jo Bell, a former envoy, was a decision to close the port.");
            Assert.DoesNotContain(found, f => f.Rule == "AccordingToClause" && f.Content.StartsWith("a former envoy"));
        }
    }
}
