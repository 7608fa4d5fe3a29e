using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's "stood by the report" with any determiner before the findings' word: "stood by its
    /// investigation", "stands by that report", as "stood by its conclusions" already was. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestStandByCueTests
    {
        [Fact]
        public void StandingByItsOwnReportIsFindingsAreAccurate()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pentagon spokesman said on Friday that the department stood by its investigation of the border strike.",
                "Two U.S. officials said Washington stands by that report.");
            foreach (var (start, cue) in new[] { ("the department stood by", "stood by its investigation"), ("Washington stands by", "stands by that report") })
            {
                var claim = ShippedManifestUnseenStyleCueTests.Claim(corpus, start);
                Assert.Equal("United States", claim.Party);
                Assert.Equal("CueThenContent", claim.Rule);
                Assert.Equal("Findings are accurate", claim.Position);
                Assert.Equal(cue, claim.PositionCue);
            }
        }

        [Fact]
        public void StandingByAPersonIsNoFindingsPosition()
        {
            // the near miss: standing by someone, with no findings' word after it
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "A Pentagon spokesman said the department stood by its commander at the border.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings");
        }
    }
}
