using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// lead52: a negator denies the predicate it stands in, not one coordinated after it with a finite verb of its own ("refused
    /// to open the road and had shelled the village deliberately": the shelling is asserted), unless both predicates stand in
    /// one clause the negator governs ("denied that the army had blocked the road and had shelled …"). And a claim called
    /// untenable or groundless is called false. Sentences of the tests' own.
    /// </summary>
    public class OwnPredicateNegationTests
    {
        private static IncidentClaim Deliberate(TempFolder folder, string sentence) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence).Claims.First(c => c.Question == "deliberate");

        [Theory]
        [InlineData("Anna Berg said the army refused to open the road and had shelled the village deliberately.", "Deliberate")]
        [InlineData("Anna Berg said the army had not opened the road and would shell the village deliberately.", "Deliberate")]
        // the second predicate's own negator still denies it, once
        [InlineData("Anna Berg said the army refused to open the road and had not shelled the village deliberately.", "Not deliberate")]
        // near misses: both predicates in the clause the negator governs; a shared auxiliary
        [InlineData("Anna Berg denied that the army had blocked the road and had shelled the village deliberately.", "Not deliberate")]
        [InlineData("Anna Berg said the army had not blocked the road and shelled the village deliberately.", "Not deliberate")]
        public void ANegatorDeniesItsOwnPredicateOnly(string sentence, string position)
        {
            using var folder = new TempFolder();
            Assert.Equal(position, Deliberate(folder, sentence).Position);
        }

        [Theory]
        [InlineData("\"An accident happens once. Not for a whole night,\" Anna Berg said.", null)]
        [InlineData("\"A mistake is made in a minute. Not over two hours,\" Anna Berg said.", null)]
        // near misses: "Not" and a noun phrase says what it was not, and the sentence before stands; a cue in the "Not"
        // sentence itself still votes
        [InlineData("\"It was an accident. Not a plan,\" Anna Berg said.", "Not deliberate")]
        [InlineData("\"It was an accident, not for the first time,\" Anna Berg said.", "Not deliberate")]
        [InlineData("\"It was an accident. Not on purpose,\" Anna Berg said.", "Not deliberate")]
        public void AVerblessNotSentenceRestrictsTheSentenceBefore(string sentence, string? position)
        {
            using var folder = new TempFolder();
            var claim = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence).Claims.FirstOrDefault(c => c.Question == "deliberate");
            Assert.Equal(position, claim?.Position);
        }

        [Theory]
        [InlineData("Anna Berg said the suggestion that the shelling was deliberate was untenable.")]
        [InlineData("Anna Berg said the claim that the shelling was deliberate was groundless.")]
        public void AClaimCalledUntenableIsCalledFalse(string sentence)
        {
            using var folder = new TempFolder();
            Assert.Equal("Not deliberate", Deliberate(folder, sentence).Position);
        }
    }
}
