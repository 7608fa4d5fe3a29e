using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// party136 (taken up by party137 and party138): a title whose bracketed mark says its holder left the rank ("Brigadier (retd) NAME said", "Colonel (Retired)
    /// NAME, who served on the border, said"), with no role after the name, gives the officer no side by it: the manifest's
    /// party of the others, as "retired Colonel NAME" does. A role after the name that names what the person does now keeps
    /// its own reading ("Lt Gen (retd) NAME, the Northern defence secretary": Northland). Sentences of the tests' own.
    /// </summary>
    public class RetiredRankBracketedMarkTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PartiesWithObservers + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("Brigadier (retd) Tomas Lindqvist said the shelling was deliberate.")]
        [InlineData("Colonel (Retired) Tomas Lindqvist, who commanded a battalion on the border in 2009, said the shelling was deliberate.")]
        [InlineData("Air Commodore (retd) Tomas Lindqvist, who writes on air power, said the shelling was deliberate.")]
        public void ARankLeftByTheBracketedMarkGivesTheOthersParty(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Tomas Lindqvist", claim.Speaker);
            Assert.Equal("Observers", claim.Party);
        }

        [Fact]
        public void AnOfficeNamedAfterTheNameKeepsItsSide()
        {
            // the near miss: a retired general who holds an office now speaks for that office's side
            using var folder = new TempFolder();
            var corpus = Load(folder, "Lt Gen (retd) Tomas Lindqvist, the Northern defence secretary, said the shelling was deliberate.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Tomas Lindqvist", claim.Speaker);
            Assert.Equal("Northland", claim.Party);
        }

        [Fact]
        public void ABodyTheRetiredOfficerTalksAboutInHisTurnIsNotOfHisParty()
        {
            // party137: in the turn of a speaker of no side, "the army" and an "it" that stands for it are no body of his
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "We asked Brigadier (retd) Tomas Lindqvist, who writes on defence, about the clash at the pass.",
                "Q: What does the army say happened?",
                "A: The army's account is simple and it has not changed. It says the Southerners fired first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Observers" && c.Speaker != "Tomas Lindqvist");
            Assert.DoesNotContain(corpus.Claims, c => c.Text.StartsWith("It says") && c.Party == "Observers");
        }

        [Theory]
        [InlineData("Brigadier (retd)", true)]
        [InlineData("Lt Gen (Retd)", true)]
        [InlineData("Colonel (retired)", true)]
        [InlineData("Colonel ( retd. )", true)]
        [InlineData("Brigadier", false)]
        [InlineData("Senator (PML-N)", false)]
        [InlineData(null, false)]
        public void TheBracketedMarkIsReadInTheTitle(string? title, bool retired) =>
            Assert.Equal(retired, MentionFacts.RetiredByBracketedMark(title));
    }
}
