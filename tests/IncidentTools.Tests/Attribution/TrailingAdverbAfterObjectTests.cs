using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Speaker called for order twice": an adverb that closes a plain noun-phrase object says how often the subject spoke,
    /// not what was said; it is no part of the content (texts of its own).
    /// </summary>
    public class TrailingAdverbAfterObjectTests
    {
        [Theory]
        [InlineData("The chair called for a recount twice.", "a recount")]
        [InlineData("The union demanded a pay rise again.", "a pay rise")]
        public void TheAdverbEndsTheContent(string text, string content)
        {
            var found = Run(text);
            var a = Assert.Single(found, f => f.Rule == "CueThenContent");
            Assert.Equal(content, a.Content);
        }

        [Fact]
        public void ALoneBareNounWithTheAdverbIsNoContent()
        {
            // "order twice" read as what was called for: without the adverb, one bare noun is too little to report
            Assert.DoesNotContain(Run("The chair called for order twice."), f => f.Rule == "CueThenContent" && f.Content.Contains("twice"));
        }

        [Fact]
        public void AClauseKeepsItsAdverb()
        {
            // near miss: in a reported clause the adverb is its own verb's
            var a = Assert.Single(Run("The mayor said the ferry would sail again."), f => f.Rule == "CueThenContent");
            Assert.Equal("the ferry would sail again", a.Content);
        }

        [Fact]
        public void AVerbPhraseInIngKeepsItsAdverb()
        {
            // near miss: "watching them … again" is a verb phrase of its own, not a noun phrase object
            var a = Assert.Single(Run("The guide suggests visiting the old harbour and walking the pier again."), f => f.Rule == "CueThenContent");
            Assert.Equal("visiting the old harbour and walking the pier again", a.Content);
        }
    }
}
