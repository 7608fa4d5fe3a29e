using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The kin of one named or described (speaker-nouns.txt 'kin': "the father of one of the dead soldiers", "his widow")
    /// speak for their family: no side, neither the side of the soldiers they are kin to nor that of the speaker before them
    /// (as "relatives" and "families" already do). Sentences of the tests' own.
    /// </summary>
    public class KinSpeakForNoSideTests
    {
        private const string Text =
            "A Northland general said the shelling began at dusk and lasted for hours. " +
            "At the burial, the mother of one of the dead soldiers said her son had written home the week before. " +
            "\"He wrote that the valley was calm,\" the woman said.";

        [Fact]
        public void AMotherOfADeadSoldierSpeaksForNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Text);
            var general = corpus.Claims.Single(c => c.Speaker == "Northland general");
            Assert.Equal("Northland", general.Party);
            var mother = corpus.Claims.Single(c => c.Speaker != null && c.Speaker.Contains("mother of one of the dead soldiers"));
            Assert.Null(mother.Party);
        }
    }
}
