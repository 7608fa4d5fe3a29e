using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A noun of findings right before a participle of what findings show or find is its source (FindingsParticiple): "in the
    /// wake of a new survey showing the levy's support down to a third", "Despite polls showing the levy well behind" (a plural
    /// the mention grammar does not read, as a plain noun phrase), "waited for a fresh poll finding that the levy had lost
    /// its majority"; the content ends at the phrase's comma. Not a participle with a phrase of place after it ("the poll
    /// showing at the fair"), not a noun phrase with no preposition before it ("says the latest polls showing … are wrong"), not a person's participle
    /// ("pilots showing off"), not a noun ("a strong showing"). Sentences of the tests' own.
    /// </summary>
    public class FindingsParticipleTests
    {
        private const string Head = "Harbour levy divides the coast\n\n";

        [Theory]
        [InlineData("Ortiz, in the wake of a new survey showing the levy's support down to a third, told the council she would wait.", "the levy's support down to a third", "new survey")]
        [InlineData("The crews waited for a fresh poll finding that the levy had lost its majority.", "the levy had lost its majority", "fresh poll")]
        [InlineData("Despite polls showing the levy well behind, Ortiz campaigned on every quay.", "the levy well behind", "polls")]
        [InlineData("The board will need the crews, with recent surveys showing a tightening of the vote.", "a tightening of the vote", "surveys")]
        public void AFindingsNounBeforeItsParticipleIsTheSource(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Rule == "FindingsParticiple" && c.Speaker == source && c.Content.Contains(content) && !c.Content.Contains("Ortiz"));
        }

        [Theory]
        [InlineData("The new survey showing at the harbour fair drew long queues.")]
        [InlineData("Ortiz says the latest polls showing the levy well behind are wrong.")]
        [InlineData("Her record and polls showing the levy well behind give Ortiz an opening.")]
        [InlineData("The ferry captains showing off their boats waved to the crowd.")]
        [InlineData("After a strong showing in the survey, Ortiz thanked the crews.")]
        public void NoFindingsSourceWhereTheParticipleFindsNothing(string sentence)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.DoesNotContain(found, c => c.Rule == "FindingsParticiple");
        }
    }
}
