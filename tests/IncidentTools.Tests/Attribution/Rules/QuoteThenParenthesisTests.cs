using System;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// QuoteThenParenthesis: a whole statement quoted at the start of its paragraph (after a label in capitals, or alone),
    /// signed by its source in brackets that end the paragraph, as a fact check lists the claims it weighs (accounts47);
    /// and a fact check's labels ("CLAIM:", "VERDICT:") are rubrics, not speakers.
    /// </summary>
    public class QuoteThenParenthesisTests
    {
        [Fact]
        public void TheBracketsAtTheParagraphsEndSignTheStatement()
        {
            var c = RunRules("CLAIM: “The quay was never flooded.” (Harbour Board)\n\nVERDICT: False. Photographs show water on the quay.\n\n" +
                             "“We will reopen the ferry by May.” (Mayor Ada Lund)", new QuoteThenParenthesis());
            var board = Of(c, "The quay")!;
            Assert.Equal("Harbour Board", board.Source!.Text);
            Assert.Null(board.CueWords);
            Assert.Equal(nameof(QuoteThenParenthesis), board.Rule);
            Assert.Equal("Mayor Ada Lund", Of(c, "We will reopen")!.Source!.Text);
        }

        [Theory]
        // a note of the writer's, not a source
        [InlineData("“We sail at noon.” (applause)")]
        // a year, not a source
        [InlineData("“We sail at noon.” (2019)")]
        // words that do not end as a sentence: a title or a phrase, not a statement
        [InlineData("“We sail at noon” (Harbour Board)")]
        // not at the start of its paragraph: the sentence reports it
        [InlineData("The captain read out “We sail at noon.” (Harbour Board)")]
        // the brackets do not end the paragraph
        [InlineData("“We sail at noon.” (Harbour Board) was the notice on the quay.")]
        // a group of no one in particular
        [InlineData("“We sail at noon.” (both crews)")]
        public void NoSignatureNoAttribution(string body) => Assert.Null(Of(RunRules(body, new QuoteThenParenthesis()), "We sail"));

        [Fact]
        public void AFactChecksClaimIsItsSourcesAndItsLabelsSpeakForNoOne()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "CLAIM: “The shelling was deliberate.” (Southern Guard)",
                "VERDICT: Unproven. The Guard says the first shells fell at night, but it has shown no evidence.",
                "CLAIM: “It was an accident.” (Interior Ministry)",
                "VERDICT: Plausible. The ministry has described the same mistake before.");
            var guard = corpus.Claims.Single(x => x.Content == "The shelling was deliberate.");
            Assert.Equal("Southern Guard", guard.Speaker);
            Assert.Equal("Southland", guard.Party);
            Assert.Equal("Deliberate", guard.Position);
            Assert.Equal(nameof(QuoteThenParenthesis), guard.Rule);
            var ministry = corpus.Claims.Single(x => x.Content == "It was an accident.");
            Assert.Equal("Northland", ministry.Party);
            Assert.Equal("Not deliberate", ministry.Position);
            // "CLAIM:" and "VERDICT:" label the paragraphs; nobody called Claim or Verdict says them
            Assert.DoesNotContain(corpus.Claims, x => x.Speaker is "Claim" or "Verdict");
        }
    }
}
