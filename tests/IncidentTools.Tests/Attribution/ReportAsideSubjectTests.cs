using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The army, the paper says, insists that …": an aside of a source and its verb of saying between the subject and its verb is
    /// another's report of the clause; the clause's subject still reports by its own verb (texts of its own).
    /// </summary>
    public class ReportAsideSubjectTests
    {
        [Theory]
        [InlineData("The harbour board, the paper says, insists that the pier was safe.", "The harbour board", "the pier was safe")]
        [InlineData("Ferry workers, the union said, maintain that the boats were overloaded.", "Ferry workers", "the boats were overloaded")]
        // the aside's verb may have an addressee, a time or a setting after it before its closing comma
        [InlineData("The harbour board, the paper said on Monday, insists that the pier was safe.", "The harbour board", "the pier was safe")]
        [InlineData("Ferry workers, a union official told reporters in Dover, maintain that the boats were overloaded.", "Ferry workers", "the boats were overloaded")]
        public void TheSubjectBeforeAReportAsideReportsByItsVerb(string text, string source, string content)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Rule == "CueThenContent" && f.Source == source && f.Content == content);
            // the aside's own report of the whole clause stays
            Assert.Contains(found, f => f.Rule == "ContentThenCue" && f.Content.StartsWith(source, System.StringComparison.Ordinal));
        }

        [Fact]
        public void AnAsideWithAClauseAfterItsVerbIsNoReportAside()
        {
            // near miss: the aside's verb has a clause of its own after it ("said the boats were late"), no short tail: the words
            // before the comma are not read as the subject of the verb after the aside
            Assert.DoesNotContain(Run("The harbour board, the paper said the boats were late, insists that the pier was safe."),
                f => f.Rule == "CueThenContent" && f.Content == "the pier was safe" && f.Source == "The harbour board");
        }

        [Fact]
        public void AnAppositionIsNoReportAside()
        {
            // near miss: a description in apposition, no verb of saying, stays the subject's apposition
            Assert.Contains(Run("The harbour board, the port's owner, insists that the pier was safe."),
                f => f.Rule == "CueThenContent" && f.Content == "the pier was safe" && f.Source != null && f.Source.StartsWith("The harbour board", System.StringComparison.Ordinal));
        }
    }
}
