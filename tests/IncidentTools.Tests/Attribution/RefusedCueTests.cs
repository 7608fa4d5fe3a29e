using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Through a spokesman, he declined to comment": a verb of saying in the infinitive after a verb of refusing reports nothing,
    /// so the words before it are no content of it (texts of its own).
    /// </summary>
    public class RefusedCueTests
    {
        [Theory]
        [InlineData("Through a spokesman, the mayor declined to comment.")]
        [InlineData("Asked whether the company was at fault, she declined to comment.")]
        [InlineData("When pressed about the missing logs, the director refused to say.")]
        public void NothingBeforeARefusedVerbIsItsContent(string text) =>
            Assert.DoesNotContain(Run(text), f => f.Rule == "ContentThenCue");

        [Fact]
        public void TheRefusalItselfStillReports()
        {
            // the verb of refusing keeps its own report
            Assert.Contains(Run("Through a spokesman, the mayor declined to comment."), f => f.Rule == "CueThenContent" && f.Content == "to comment");
        }

        [Fact]
        public void AVerbOfSayingNotRefusedKeepsTheContentBefore()
        {
            // near miss: "went on to say" governs the infinitive without refusing it
            Assert.Contains(Run("The plant had passed every inspection, the director went on to say."),
                f => f.Rule == "ContentThenCue" && f.Content == "The plant had passed every inspection");
        }
    }
}
