using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Officials rejected that account, saying …": "that" before a lone noun and the comma of a participle of saying is the
    /// noun's determiner, not the opening of a clause (texts of its own).
    /// </summary>
    public class DemonstrativeBeforeLoneNounTests
    {
        [Theory]
        [InlineData("The harbour board rejected that account, saying the ferry had sailed on time.", "The harbour board", "that account")]
        [InlineData("The mayor disputed that figure, adding that the count was still open.", "The mayor", "that figure")]
        public void ThatIsTheNounsDeterminer(string text, string source, string start)
        {
            var found = Run(text);
            var a = Assert.Single(found, f => f.Source == source && f.Rule == "CueThenContent");
            Assert.StartsWith(start, a.Content);
        }

        [Theory]
        // near misses: a verb after the noun, or a comma that opens an aside, not a participle of saying: a that-clause
        [InlineData("The mayor said that officials would resign.", "officials would resign")]
        [InlineData("The mayor said that residents, many of them elderly, had been moved.", "residents, many of them elderly, had been moved")]
        public void ThatBeforeAClauseStillOpensIt(string text, string content)
        {
            var found = Run(text);
            var a = Assert.Single(found, f => f.Source == "The mayor" && f.Rule == "CueThenContent");
            Assert.Equal(content, a.Content);
        }
    }
}
