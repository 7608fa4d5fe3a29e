using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The Leader of the House said", "the Leader of the Opposition said": a capitalised speaker noun after "the" with "of the"
    /// and a body after it, and no name, is the holder of that body's office (shown whole), not the body; a later "the Leader
    /// of the Senate" is another person than "the Leader of the House". "witnesses present", "officials present at the scene":
    /// "present" after the head describes it (words.txt 'postmodifier'), and is no head itself. Sentences of the tests' own.
    /// </summary>
    public class OfficeOfBodyAndPresentTests
    {
        private const string Offices =
            "The Leader of the House said: \"The budget will pass on Friday.\" " +
            "The Leader of the Opposition said \"We will vote against every line of it.\" " +
            "\"The chamber needs more time,\" the Leader of the Senate said.";

        [Fact]
        public void TheLeaderOfABodyIsShownWholeAndKeptApartFromAnotherBodysLeader()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Offices);
            Assert.Equal("Leader of the House", corpus.Claims.Single(c => c.Text.Contains("pass on Friday")).Speaker);
            Assert.Equal("Leader of the Opposition", corpus.Claims.Single(c => c.Text.Contains("every line")).Speaker);
            Assert.Equal("Leader of the Senate", corpus.Claims.Single(c => c.Text.Contains("more time")).Speaker);
        }

        private const string Present =
            "The ferry sank within minutes, according to passengers present. " +
            "The deckhands present said the lifeboats were never lowered. " +
            "Inspectors present at the quay said the hull had been patched twice.";

        [Fact]
        public void PresentAfterTheHeadIsNoPartOfTheSpeakersHead()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Present);
            Assert.Equal("passengers present", corpus.Claims.Single(c => c.Text.Contains("sank within minutes")).Speaker);
            Assert.Equal("deckhands present", corpus.Claims.Single(c => c.Text.Contains("never lowered")).Speaker);
            Assert.Equal("Inspectors present at the quay", corpus.Claims.Single(c => c.Text.Contains("patched twice")).Speaker);
        }
    }
}
