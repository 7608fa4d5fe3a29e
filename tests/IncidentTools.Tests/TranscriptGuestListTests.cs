using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A programme's list of guests ("Guests: Name, role; Name, role"): the role written after each name is the role of the
    /// transcript's label of that name ("NAME: …"), and gives the side as an apposition would, also where the label drops a
    /// middle name of the list's. Sentences of the tests' own.
    /// </summary>
    public class TranscriptGuestListTests
    {
        [Fact]
        public void ALabelTakesTheRoleItsGuestListWritesAndTheSideOfIt()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Guests: Marta Ilves, deputy head of the Interior Ministry press office; Karl Otto Senn, member of the Southern Guard reserve",
                "HOST: Ms Ilves, what happened at the pass?",
                "MARTA ILVES: Our patrol came under fire from the ridge.",
                "HOST: Mr Senn?",
                "KARL SENN: That is not so. They fired first.");
            var ilves = corpus.Claims.First(c => c.Speaker == "Marta Ilves" && c.Rule == "SpeakerLabel");
            Assert.Equal("deputy head of the Interior Ministry press office", ilves.Role);
            Assert.Equal("Northland", ilves.Party);
            Assert.Equal("Southland fired first", ilves.Position);
            var senn = corpus.Claims.First(c => c.Speaker == "Karl Senn" && c.Rule == "SpeakerLabel");
            Assert.StartsWith("member of the Southern Guard", senn.Role);
            Assert.Equal("Southland", senn.Party);
        }

        [Fact]
        public void AListOpenedByAnotherNounGivesTheLabelsNoRole()
        {
            // the near miss: a line that lists names under a word of no guest list ("Credits:") is no list of guests
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Credits: Marta Ilves, deputy head of the Interior Ministry press office; Karl Otto Senn, member of the Southern Guard reserve",
                "HOST: Ms Ilves, what happened at the pass?",
                "MARTA ILVES: Our patrol came under fire from the ridge.",
                "HOST: Mr Senn?",
                "KARL SENN: That is not so. They fired first.");
            var ilves = corpus.Claims.First(c => c.Speaker == "Marta Ilves" && c.Rule == "SpeakerLabel");
            Assert.Null(ilves.Party);
        }
    }
}
