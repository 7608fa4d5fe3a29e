using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The HeadlineColon rule: a headline in sentence case that gives its claim to a source before a colon (texts of its own).</summary>
    public class HeadlineColonTests
    {
        private const string Story = "Mayor Lena Ortiz told the council on Monday that the divers had finished their survey.";

        [Theory]
        [InlineData("Ortiz: Bridge will reopen in May.", "Ortiz", "Bridge will reopen in May", AttributionKind.Indirect)]
        [InlineData("Ortiz to ferry crews: Keep the timetable", "Ortiz", "Keep the timetable", AttributionKind.Indirect)]
        [InlineData("Ortiz: No outside influence on the survey emails", "Ortiz", "No outside influence on the survey emails", AttributionKind.Indirect)]
        [InlineData("Harbour board: Bridge repairs ‘on schedule’", "Harbour board", "Bridge repairs ‘on schedule’", AttributionKind.Mixed)]
        public void TheHeadlinesClaimIsTheLabels(string headline, string source, string content, AttributionKind kind)
        {
            var found = Run(headline, Story, out _, new HeadlineColon());
            var f = Assert.Single(found);
            Assert.Equal(source, f.Source);
            Assert.Equal(":", f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(kind, f.Kind);
        }

        [Theory]
        [InlineData("Update: Bridge will reopen in May")]                  // a rubric
        [InlineData("The latest: Bridge will reopen in May")]
        [InlineData("The result: a bridge that will reopen in May")]       // names nobody
        [InlineData("Make-ahead sides: Three salads for May")]             // a heading, not a source the story names
        [InlineData("KESTREL: Divers said on Monday that the cables are corroded.")] // a dateline
        [InlineData("Kestrel: Divers told the mayor on Monday that the cables in the bridge over the harbour are badly corroded.")]
        public void OtherFirstLinesGiveNothing(string headline) =>
            Assert.Empty(Run(headline, Story, out _, new HeadlineColon()));

        [Fact]
        public void OnlyTheFirstLineIsAHeadline() =>
            Assert.DoesNotContain(Run("A headline for the test", Story + "\n\nOrtiz: bridge will reopen in May.", out _, new HeadlineColon()), f => f.Rule == "HeadlineColon");
    }
}
