using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The HeadlineCue rule: a headline in title case with a verb of saying, stance or judgement (texts of its own).</summary>
    public class HeadlineCueTests
    {
        private const string Story = "Mayor Lena Ortiz told the harbour board on Monday that the divers had finished their survey.";

        [Theory]
        [InlineData("Lena Ortiz Says Bridge Will Reopen In May", "Lena Ortiz", "Says", "Bridge Will Reopen In May")]
        [InlineData("Mayor Ortiz Slams Bridge Contractor Over Delays.", "Mayor Ortiz", "Slams", "Bridge Contractor Over Delays")]
        [InlineData("Harbour Board Tells Ferry Crews To Keep The Timetable", "Harbour Board", "Tells", "Ferry Crews To Keep The Timetable")]
        [InlineData("Kestrel Floods: Ortiz Says Divers Found Corroded Cables", "Ortiz", "Says", "Divers Found Corroded Cables")]
        [InlineData("Ortiz Claims That The Survey Was Rigged", "Ortiz", "Claims", "The Survey Was Rigged")]
        public void TheHeadlinesClaimIsItsSubjects(string headline, string source, string cue, string content)
        {
            var f = Assert.Single(Run(headline, Story, out _, new HeadlineCue()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal("HeadlineCue", f.Rule);
        }

        [Theory]
        [InlineData("Storm Hits Kestrel Harbour Overnight")]             // no verb of saying
        [InlineData("Why Ortiz Says The Bridge Must Close")]             // an opener: the headline asks, the source is not "Why Ortiz"
        [InlineData("Ortiz says bridge will reopen in May")]             // sentence case: the reported-speech rules' (the rule reads title case only)
        [InlineData("Tomas Reyes Says Bridge Will Reopen")]              // a name the story never writes again
        [InlineData("Ortiz Says")]                                        // nothing reported
        [InlineData("Ortiz Accused Of Hiding The Survey")]               // a passive: Ortiz is accused, not accusing
        [InlineData("Mayor Ortiz Slammed By Harbour Divers")]             // a passive with its agent (words.txt passive-complement: "of", "by")
        public void OtherHeadlinesGiveNothing(string headline) =>
            Assert.Empty(Run(headline, Story, out _, new HeadlineCue()));

        [Fact]
        public void OnlyTheFirstLineIsAHeadline() =>
            Assert.DoesNotContain(Run("A headline for the test", Story + "\n\nOrtiz Says Bridge Will Reopen.", out _, new HeadlineCue()), f => f.Rule == "HeadlineCue");
    }
}
