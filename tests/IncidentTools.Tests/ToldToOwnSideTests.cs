using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// What another told the speaker or the speaker's own side, reported inside the speaker's words ("They said the Southern
    /// officer told them there were no Southern troops there"), is the speaker's account of what it was told: the cues that open
    /// with the verb of telling read it as the speaker's (ClaimFinder's ToldToOwnSide; texts of the tests' own). The teller's
    /// words stay the teller's on every other question, and a report told to a listener of no side or of another keeps the cut.
    /// </summary>
    public class ToldToOwnSideTests
    {
        private const string AllClear = @"
  - id: all-clear
    text: Was the patrol given a wrong all-clear?
    positions:
      - label: Wrong all-clear
        cues:
          - {text: ""told * there were no {Southland}"", party: Northland}
          - {text: ""told * that no {Southland} were"", party: Northland}
      - label: No all-clear
        cues:
          - {text: ""asked for no all-clear"", party: Northland}
";

        private static string? PositionOf(string paragraph, string party, string question)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + AllClear, paragraph);
            return corpus.Claims.FirstOrDefault(c => c.Party == party && c.Question == question && c.Position != null)?.Position;
        }

        [Theory]
        [InlineData("Northern officials said the Southern liaison officer told them there were no Southern troops near the ridge.")]
        [InlineData("Northern commanders said their scouts had checked with a Southern duty officer, who told them there were no Southern troops near the ridge.")]
        [InlineData("Anna Berg said Southern officers had told the Northern patrol that no Southern troops were on the hill.")]
        public void WhatAnotherToldTheSpeakersSideIsTheSpeakersAccount(string paragraph) =>
            Assert.Equal("Wrong all-clear", PositionOf(paragraph, "Northland", "all-clear"));

        [Theory]
        // near misses: the listener is of no side or of the other side, "them" cannot be a single speaker, the telling is denied
        [InlineData("Northern officials said the Southern liaison officer told reporters there were no Southern troops near the ridge.")]
        [InlineData("Anna Berg said Southern officers had told the Southern Guard that no Southern troops were on the hill.")]
        [InlineData("Anna Berg said the Southern liaison officer told them there were no Southern troops near the ridge.")]
        [InlineData("Northern officials said the Southern liaison officer never told them there were no Southern troops near the ridge.")]
        public void WhatAnotherToldAListenerNotOfTheSpeakersSideKeepsTheCut(string paragraph) =>
            Assert.Null(PositionOf(paragraph, "Northland", "all-clear"));

        [Fact]
        public void TheTellersWordsOnAnotherQuestionAreNotTheSpeakersPosition() =>
            // told to the speaker's side, but no cue of the question opens with the telling: the claim that they were told so, no position
            Assert.Null(PositionOf("Northern officials said the Southern liaison officer told them the Northern Army fired first.", "Northland", "first-shot"));
    }
}
