using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "that" before a word of time ("that morning", "that night") is the time's determiner, not the complementizer that
    /// opens the reported content: "The mayor said the old bridge closed that morning" reports the whole clause, not "that
    /// morning"; "said that night that …" still finds the content after the second "that". Texts of the test's own.
    /// </summary>
    public class ThatBeforeTimeWordTests
    {
        private static string[] Contents(string text) =>
            QuoteRuleText.Attributions(text).Select(c => c.Content).ToArray();

        [Fact]
        public void ThatBeforeAWordOfTimeLateInTheClauseDoesNotCutTheContent()
        {
            var contents = Contents("The mayor said the old bridge over the river closed that morning.");
            Assert.Contains("the old bridge over the river closed that morning", contents);
        }

        [Fact]
        public void ThatNightThenThatOpensTheContentAfterTheSecondThat()
        {
            var contents = Contents("The mayor said that night that the bridge would reopen within a week.");
            Assert.Contains("the bridge would reopen within a week", contents);
        }

        [Fact]
        public void ThatAsComplementizerStillOpensTheContent()
        {
            var contents = Contents("The mayor said on Monday that the bridge would reopen.");
            Assert.Contains("the bridge would reopen", contents);
        }
    }
}
