using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "X said Y, the detective wrote in court papers": the outer attribution closes the inner content even when a setting follows
    /// its verb; a preposition before an -ing form ("insisted on getting …") is what the verb is about, no setting (texts of its own).
    /// </summary>
    public class TrailingReportSettingTests
    {
        [Theory]
        [InlineData("After the shots, Avalos said she went outside to find her brother, the detective wrote in court papers.")]
        [InlineData("After the shots, Avalos said she went outside to find her brother, Detective Jane Roe wrote in a sworn statement on Monday.")]
        public void TheInnerContentEndsBeforeTheOuterReport(string text) =>
            Assert.Contains(Run(text), f => f.Source == "Avalos" && f.Content == "she went outside to find her brother");

        [Fact]
        public void AClauseAfterTheOuterReportKeepsTheContent()
        {
            // near miss: a relative clause after the outer report is no setting
            Assert.Contains(Run("Reyes said the data was lost, the paper reported in a story that angered the board."),
                f => f.Source == "Reyes" && f.Content.StartsWith("the data was lost, the paper reported"));
        }

        [Theory]
        [InlineData("The senator said a deal was hard but that if the mayor wanted one, he should have insisted on getting every worker paid.")]
        [InlineData("Aides say it is the union leaders, responding to pressure from members, who have insisted on acting now.")]
        public void APrepositionBeforeAnIngFormIsNoSetting(string text) =>
            Assert.DoesNotContain(Run(text), f => f.Rule == "ContentThenCue" && f.Cue == "insisted");

        [Fact]
        public void ASettingBeforeAnIngFormStaysASetting()
        {
            // near miss: "said in posing the question" is a setting of the saying
            Assert.Contains(Run("Many voters found the plan unfair, the host said in posing the question to the mayor."),
                f => f.Rule == "ContentThenCue" && f.Source == "the host" && f.Content == "Many voters found the plan unfair");
        }
    }
}
