using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A plural of findings as the source of what it shows: "Polls show voters souring on the plan", "surveys show
    /// renters trust the council less", "harbour records show little sign that the fees were paid" (ReportedSpeech's
    /// AfterFindingsPlural: after "polls", "studies", "statistics", "results" or the plural of a document of findings, a
    /// base form that is a noun too is the verb before a lower-case object; so is the form in -s after a mass noun of
    /// findings, "exit polling shows …"). Not a place after a preposition ("voters at the polls show …"), not a noun
    /// ("the boat show opened", "polling stations open"). Sentences of the tests' own.
    /// </summary>
    public class FindingsPluralShowTests
    {
        private const string Head = "Harbour levy divides the coast\n\n";

        [Theory]
        [InlineData("Polls show coastal renters souring on the levy after the storm season.", "coastal renters souring", "Polls")]
        [InlineData("Recent surveys show fishermen trust the harbour board less than the council.", "fishermen trust the harbour board", "surveys")]
        [InlineData("Harbour records show little sign that the dredging fees were ever paid.", "dredging fees were ever paid", "Harbour records")]
        [InlineData("Studies show ferries burn more fuel in cold water.", "ferries burn more fuel", "Studies")]
        [InlineData("Exit polling shows younger voters backed the levy by two to one.", "younger voters backed", "polling")]
        public void APluralOfFindingsShowsWhatItFound(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Speaker == source && c.Content.Contains(content));
        }

        [Theory]
        [InlineData("Voters at the polls show little patience for the levy.")]
        [InlineData("The late polls show is broadcast from the harbour every Tuesday.")]
        [InlineData("The boat show opened on Friday with forty stalls.")]
        [InlineData("Polling stations open early on the coast.")]
        public void NoFindingsSourceWhereTheWordsAreNoReport(string sentence)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && (c.Speaker.Contains("polls") || c.Speaker.Contains("boat") || c.Speaker.Contains("olling")));
        }
    }
}
