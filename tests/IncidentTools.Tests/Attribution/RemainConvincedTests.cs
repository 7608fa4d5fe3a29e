using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A view still held, "remain" and an adjective of certainty before a that-clause ("the council remains convinced that
    /// …", "she remained adamant that …"), reports its subject's position (reporting-verbs.txt, "+ remain convinced |
    /// … that-clause"); "remained convinced of" a noun, or "remain" with anything else, reports nothing.
    /// </summary>
    public class RemainConvincedTests
    {
        [Theory]
        [InlineData("The harbour council remains convinced that the ferry was overloaded.", "The harbour council", "remains convinced", "the ferry was overloaded")]
        [InlineData("Captain Ines Varga remained adamant that her crew had followed the charts.", "Captain Ines Varga", "remained adamant", "her crew had followed the charts")]
        public void RemainConvincedOrAdamantBeforeAClauseReports(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(sentence.IndexOf(content, System.StringComparison.Ordinal), f.Record.Content.Start - f.Record.Paragraph.Start);
        }

        [Theory]
        [InlineData("Captain Ines Varga remained convinced of her crew's skill.")]
        [InlineData("The harbour council remains closed until the storm passes.")]
        [InlineData("The ferry remained in port that the storm had flooded.")]
        public void RemainWithoutAClauseOfCertaintyIsNoReport(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }
    }
}
