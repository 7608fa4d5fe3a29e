using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The army's version begins with …. The posts, it says, …": a sentence whose subject is a body's telling of the events
    /// (its version, account or position) puts that body in view, so a later "it" stands for it, not for a body of the
    /// paragraph before; and a body of no side the resolver told apart from the body that last spoke with a side, in a later
    /// paragraph, does not take that body's side. Texts written for these tests.
    /// </summary>
    public class AccountOwnerTests
    {
        /// <summary>Two sides of a story of its own: a dateline of one side's city, and the other side's body speaking first.</summary>
        private const string Sides = @"
parties:
  - name: Pakistan
    aliases: [Pakistan, Pakistani]
    organisations: [Foreign Office]
  - name: United States
    aliases: [United States, U.S., American]
    organisations: [Pentagon]
";

        private static IncidentCorpus Story(TempFolder folder, string opening) =>
            AccountTestCorpus.Load(folder, Sides,
                "KARACHI: The Pentagon has said the shelling of the harbour was deliberate.",
                opening + " The posts, it says, came under fire before they fired a shot. The charge, the army says, is false.");

        [Theory]
        [InlineData("The army's version begins with the shelling.")]
        [InlineData("The army's account starts at dusk.")]
        public void ItAfterABodysVersionIsThatBodyAndTakesNoSideOfAnotherBody(string opening)
        {
            using var folder = new TempFolder();
            var corpus = Story(folder, opening);
            Assert.Equal("United States", corpus.Claims.Single(c => c.Content.StartsWith("the shelling of the harbour")).Party);
            var posts = corpus.Claims.Single(c => c.Content.StartsWith("The posts"));
            Assert.Equal("army", posts.Speaker);
            Assert.Null(posts.Party);
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("The charge")).Party);
        }

        [Fact]
        public void AQuestionAboutABodysAnswerPutsNoPhraseInView()
        {
            // "What is the ministry's answer?": the question's words before the possessive are no body's name, so the plural
            // pronoun after it is not "What is the ministry" (it was, and took the turn's side)
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Sides,
                "KARACHI: The traders say their lorries were stopped at the gate. What is the ministry's answer to this? " +
                "They claim their drivers were turned back twice.");
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("their drivers"));
            Assert.DoesNotContain("What", claim.Speaker ?? "");
        }

        [Fact]
        public void ItAfterTheBodyThatSpokeIsStillThatBody()
        {
            using var folder = new TempFolder();
            var corpus = Story(folder, "The shelling began at dusk.");
            var posts = corpus.Claims.Single(c => c.Content.StartsWith("The posts"));
            Assert.Equal("Pentagon", posts.Speaker);
            Assert.Equal("United States", posts.Party);
        }
    }
}
