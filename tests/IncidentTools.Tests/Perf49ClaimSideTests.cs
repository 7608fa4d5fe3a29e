using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf49: the claim reader asks whether words name the speaker's own side with a loop (ClaimReader.NamesParty) instead of
    /// a lambda over the side, which cost a closure at every call (at every lower-case word a report runs over). What it
    /// decides is what it decided: another side's claim noun or report is that side's account, the speaker's own side's stays
    /// the speaker's word. Texts of the tests' own.
    /// </summary>
    public class Perf49ClaimSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, string sentence) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);

        [Fact]
        public void AnotherSidesClaimNounIsThatSidesAccount()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said the Southern envoy's claim that Northland fired first was meant to hide the losses.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Position == "Northland fired first");
        }

        [Fact]
        public void TheOwnSidesClaimNounStaysTheSpeakersWord()
        {
            // the near miss: the claim noun's owner names the speaker's own side
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said the Northern envoy's claim that Southland fired first had reached the council.");
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "first-shot");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Southland fired first", berg.Position);
        }

        [Fact]
        public void AReportWhoseSubjectNamesAnotherSideIsThatSidesAccount()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said Southern officers claimed that Northland fired first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Position == "Northland fired first");
        }
    }
}
