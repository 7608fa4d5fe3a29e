using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare ministry ("the department") that a person of a side is reported to speak of, after another side was named, is
    /// that person's own ministry, not the side named before (SpeakerResolver's bare institution); a bare ministry with no
    /// such person keeps the side named before. Texts written for these tests.
    /// </summary>
    public class ReportedMinistryPartyTests
    {
        private static string? PartyOf(string paragraph, string source)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph);
            return corpus.Claims.Single(c => c.Source == source).Party;
        }

        [Fact]
        public void ABareMinistryInAReportedPersonsWordsIsThatPersonsSide() =>
            Assert.Equal("Southland", PartyOf("The Northern Army rejected the inquiry on Friday. Omar Diaz said the department stood by its findings.", "the department"));

        [Fact]
        public void ABareMinistryWithNoReportingPersonKeepsTheSideNamedBefore() =>
            Assert.Equal("Northland", PartyOf("The Northern Army rejected the inquiry on Friday. The department said it would not change its view.", "The department"));
    }
}
