using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The marks that end a negation's scope (Negation's named sets: the end of a sentence, of a clause, a bracket, a dash;
    /// texts of the tests' own): a claim called false is called so in its own clause, and a falsity word in the next sentence
    /// does not reach back across the full stop to the claim before it.
    /// </summary>
    public class NegationMarksTests
    {
        private static string? PositionOf(string paragraph, string content)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph);
            return corpus.Claims.Single(c => c.Question == "deliberate" && c.Content.Contains(content, StringComparison.Ordinal)).Position;
        }

        [Fact]
        public void AFalsityWordInTheNextSentenceDoesNotDenyTheClaimBeforeIt() =>
            // (before the fix the forward reading of IsClaimCalledFalse crossed the full stop and gave "Not deliberate")
            Assert.Equal("Deliberate", PositionOf(
                "The Northern Army repeated its claim that the shelling was deliberate. Omar Diaz said stories of an accident were false.",
                "its claim that the shelling was deliberate"));

        [Fact]
        public void AClaimCalledFalseInItsOwnClauseIsDenied() =>
            Assert.Equal("Not deliberate", PositionOf(
                "Omar Diaz said the claim that the shelling was deliberate was false.",
                "the claim that the shelling was deliberate"));
    }
}
