using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "worries" is a noun as "fears" is (reporting-verbs.txt tag noun): "a jump in yields revived worries about borrowing
    /// costs" reports nothing; before its content ("worries that …") it is still the verb.
    /// </summary>
    public class WorriesNounTests
    {
        [Theory]
        [InlineData("Shares fell as a jump in bond yields revived worries about borrowing costs.")]
        [InlineData("Growing worries about the harbour have kept the ferries in port.")]
        public void TheNounReportsNothing(string text) =>
            Assert.DoesNotContain(Run(text), f => f.Cue == "worries");

        [Fact]
        public void TheVerbBeforeItsContentStillReports()
        {
            // near miss: the verb with a that-clause is a thought reported
            Assert.Contains(Run("The harbour master worries that the pier will not survive another storm."),
                f => f.Cue == "worries" && f.Source == "The harbour master" && f.Content == "the pier will not survive another storm");
        }
    }
}
