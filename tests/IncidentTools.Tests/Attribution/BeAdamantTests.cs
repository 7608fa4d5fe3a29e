using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A view held, written with the copula and an adjective of certainty before a that-clause ("the crews are adamant that …",
    /// "the council was emphatic that …", "we are convinced that …"), reports the copula's subject's position (reporting-verbs.txt,
    /// "+ be adamant | … that-clause", as "+ remain adamant"); "is certain to win", "was adamant about it", an empty "it" ("It is
    /// certain that …") and a thing as subject report nothing.
    /// </summary>
    public class BeAdamantTests
    {
        [Theory]
        [InlineData("Harbour officials in the northern port are adamant that the lighthouse was dark that night.", "Harbour officials in the northern port", "are adamant", "the lighthouse was dark that night")]
        [InlineData("The harbour council was emphatic that no warning had reached the pier.", "The harbour council", "was emphatic", "no warning had reached the pier")]
        [InlineData("Captain Ines Varga is convinced that her crew had followed the charts.", "Captain Ines Varga", "is convinced", "her crew had followed the charts")]
        [InlineData("The fishermen were insistent that the buoys had been moved.", "The fishermen", "were insistent", "the buoys had been moved")]
        [InlineData("The port authority has been confident that the new wall will hold.", "The port authority", "been confident", "the new wall will hold")]
        [InlineData("Coast guard officers are equally certain that the wreck had drifted north.", "Coast guard officers", "are equally certain", "the wreck had drifted north")]
        [InlineData("The ministry was of the view that the ferry should not have sailed.", "The ministry", "was of the view", "the ferry should not have sailed")]
        public void CopulaAndAdjectiveOfCertaintyBeforeAClauseReports(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(sentence.IndexOf(content, System.StringComparison.Ordinal), f.Record.Content.Start - f.Record.Paragraph.Start);
        }

        [Theory]
        [InlineData("It is certain that the ferry will sail on Monday.")]
        [InlineData("The harbour team is certain to win the regatta.")]
        [InlineData("Captain Ines Varga was adamant about the new charts.")]
        [InlineData("The storm was so fierce that the ferry stayed in port.")]
        [InlineData("The lighthouse is certain that the storm had passed.")]
        [InlineData("The harbour council could be convinced that the wall will hold.")]
        public void CopulaWithoutAHolderOrAClauseIsNoReport(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }
    }
}
