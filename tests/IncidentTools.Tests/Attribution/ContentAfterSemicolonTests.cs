using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"…; X, they concluded, Y": an attribution after a semicolon reports the clause after it alone (texts of its own).</summary>
    public class ContentAfterSemicolonTests
    {
        [Theory]
        [InlineData("The council met for four hours; most of the cuts will fall on schools, the mayor said.", "most of the cuts will fall on schools")]
        [InlineData("That was far less than in the older data; fuel shocks, the authors concluded, matter less than they used to.", "fuel shocks, the authors concluded, matter less than they used to")]
        public void TheContentStartsAfterTheSemicolon(string text, string content) =>
            Assert.Contains(Run(text), f => f.Rule == "ContentThenCue" && f.Content == content);

        [Fact]
        public void WithoutASemicolonTheSentenceIsTheContent()
        {
            // near miss: commas alone join the clauses of one statement
            Assert.Contains(Run("The council met for four hours, and most of the cuts will fall on schools, the mayor said."),
                f => f.Rule == "ContentThenCue" && f.Content == "The council met for four hours, and most of the cuts will fall on schools");
        }
    }
}
