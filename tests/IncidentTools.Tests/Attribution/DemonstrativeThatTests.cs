using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "I've told them that directly", "The railway disputes that, saying …": "that" with no clause after it is the verb's
    /// object, a pronoun for what was said before; the verb reports no content of its own (texts of its own).
    /// </summary>
    public class DemonstrativeThatTests
    {
        [Theory]
        [InlineData("The mayor has told them that directly.", "told")]
        [InlineData("She said that repeatedly.", "said")]
        [InlineData("The chief told reporters that on Monday.", "told")]
        [InlineData("He said that, and left.", "said")]
        [InlineData("The union disputes that, saying the detector worked.", "disputes")]
        public void ThatWithNoClauseIsNoContent(string text, string cue) =>
            Assert.DoesNotContain(Run(text), f => f.Cue == cue);

        [Fact]
        public void TheParticipleAfterItStillReports() =>
            Assert.Contains(Run("The union disputes that, saying the detector worked."), f => f.Cue == "saying" && f.Content == "the detector worked");

        [Theory]
        // near misses: "that" opens a clause, after a comma, an adverb of time or a year
        [InlineData("He said that, if elected, he would close the plant.", "if elected, he would close the plant")]
        [InlineData("She said that yesterday the plant was safe.", "yesterday the plant was safe")]
        [InlineData("The mayor told them that the plant was safe.", "the plant was safe")]
        public void ThatOpeningAClauseStillReports(string text, string content) =>
            Assert.Contains(Run(text), f => f.Content == content);
    }
}
