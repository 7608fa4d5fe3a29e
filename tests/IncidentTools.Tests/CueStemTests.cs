using System;
using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A cue's "word*" whose word ends in "e" after a consonant also takes its form in -ing with the e dropped ("fire*":
    /// "firing", "share*": "sharing"), and "was"/"were" stand among the auxiliaries after a side's placeholder before such a
    /// form (the progressive: "our posts were not firing at anyone"), never before a passive ("were attacked first").
    /// Sentences of the tests' own.
    /// </summary>
    public class CueStemTests
    {
        private const string Questions = @"
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Southland fired first
        cues:
          - ""{Southland} fire* first""
          - {text: ""{self} fire* (first)"", party: Southland}
      - label: Northland fired first
        cues:
          - ""{Northland} fire* first""
          - {text: ""{self} fire* (first)"", party: Northland}
  - id: liaison
    text: Did the liaison work?
    positions:
      - label: Liaison worked
        cues: [""share* the grid references""]
      - label: Liaison failed
        cues: [poor liaison]
";

        private static IncidentClaim Single(IncidentCorpus corpus, string textStart) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal));

        [Theory]
        [InlineData("fire", "fir")]
        [InlineData("provide", "provid")]
        [InlineData("share", "shar")]
        [InlineData("agree", "agree")]
        [InlineData("use", "us")]
        [InlineData("be", "be")]
        [InlineData("inform", "inform")]
        public void AStemInEAfterAConsonantLosesItsE(string stem, string kept) =>
            Assert.Equal(kept, PositionCues.MatchedStem(stem));

        [Fact]
        public void AStemInETakesItsFormInIng()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + Questions,
                "Anna Berg said our troops were not firing at anyone that night.",
                "Omar Diaz said the Southern Guard kept sharing the grid references with the other side.");
            // the Northern minister denies her side's men fired at all: the other side fired first
            var berg = Single(corpus, "Anna Berg said");
            Assert.Equal("first-shot", berg.Question);
            Assert.Equal("Southland fired first", berg.Position);
            var diaz = Single(corpus, "Omar Diaz said");
            Assert.Equal("liaison", diaz.Question);
            Assert.Equal("Liaison worked", diaz.Position);
        }

        [Fact]
        public void ThePassiveAndOtherWordsStayOut()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + Questions,
                // a passive: what was done to the posts, not what their men did ("were" is no auxiliary before it)
                "Anna Berg said our posts were fired on first.",
                // the progressive with no negator says nothing of who fired first
                "Omar Diaz said our troops were firing at the ridge.",
                // "fir" before other letters is no form of "fire"
                "Anna Berg said Northern firms would rebuild the pass.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question != null);
        }
    }
}
