using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "observe" with a plain noun phrase as its object is watching, no saying ("observed voting in the harbour district",
    /// "began observing the comet"): tagged object-sense, it reports only a clause ("observed that the ferry was late").
    /// </summary>
    public class ObservedObjectTests
    {
        [Fact]
        public void ObservingAClauseReportsIt()
        {
            var f = ByCue(Run("Ines Tovar observed that the ferry was late again.", new CueThenContent()), "observed");
            Assert.Equal("Ines Tovar", f.Source);
            Assert.Equal("the ferry was late again", f.Content);
        }

        [Theory]
        // near misses: the object is what was watched
        [InlineData("Ines Tovar observed voting in the harbour district for a week.")]
        [InlineData("The Kestrel probe began observing the comet in 2019.")]
        public void ObservingAThingReportsNothing(string body) =>
            Assert.Empty(Run(body, new CueThenContent()));
    }
}
