using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A "*" of a cue stands for up to three words, never a verb by which a document speaks: "report * wrong" is the report
    /// called wrong, not what the report says; sentences of the tests' own.
    /// </summary>
    public class CueGapTests
    {
        private const string Questions = @"
questions:
  - id: report
    text: Is the report right?
    positions:
      - label: Right
        cues: [""report * accurate""]
      - label: Wrong
        cues: [""report * wrong""]
";

        private static IncidentClaim Single(IncidentCorpus corpus, string textStart) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal));

        [Fact]
        public void AGapDoesNotReachPastTheVerbOfTheReport()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + Questions,
                "The Northern Army said the border report says the wrong gate was opened.",
                "Omar Diaz said the report concluded the wrong unit had moved.");
            // each sentence is a claim (the report's own words are one too), none on the question
            Assert.NotEmpty(corpus.Claims);
            Assert.DoesNotContain(corpus.Claims, c => c.Question != null);
        }

        [Fact]
        public void AGapStillSpansOtherWords()
        {
            // the near miss: "report was simply wrong", "report is not accurate"
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + Questions,
                "The Northern Army said the border report was simply wrong.",
                "Omar Diaz said the report is entirely accurate.");
            Assert.Equal("Wrong", Single(corpus, "The Northern Army said").Position);
            Assert.Equal("Right", Single(corpus, "Omar Diaz said").Position);
        }
    }
}
