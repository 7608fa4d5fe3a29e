using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The mayor did not say that the plant was safe": a negated or refused cue reports that its source did NOT say the
    /// content. The attribution stays (who was reported on what) and says so (CueNegated); a claim whose cue is negated
    /// takes no position on a question (texts of the tests' own).
    /// </summary>
    public class NegatedCueTests
    {
        private static IncidentAttribution ByContent(string body, string content)
        {
            using var folder = new TempFolder();
            var file = folder.Write("story.txt", "Plant inspection questioned\n\n" + body + "\n");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return AttributionFinder.Find(doc).Single(a => a.Content == content);
        }

        [Theory]
        [InlineData("The mayor did not say that the plant was safe.", "the plant was safe")]
        [InlineData("Officials never said the water was clean.", "the water was clean")]
        [InlineData("The agency hasn't said when the line will reopen.", "when the line will reopen")]
        [InlineData("Federal regulators have not said whether the detector played a role.", "whether the detector played a role")]
        [InlineData("The spokesman declined to say whether the line was inspected.", "whether the line was inspected")]
        [InlineData("The chief refused to confirm that the fire was out.", "the fire was out")]
        public void ANegatedOrRefusedCueIsMarked(string body, string content) =>
            Assert.True(ByContent(body, content).CueNegated);

        [Theory]
        [InlineData("The mayor said that the plant was safe.", "the plant was safe")]
        // the negation is in the content, not on the cue
        [InlineData("Critics said the company would not admit fault.", "the company would not admit fault")]
        // "not only", "not just" add; they do not negate
        [InlineData("The mayor has not only said the plant was safe.", "the plant was safe")]
        [InlineData("The inspectors did not just say the plant was safe.", "the plant was safe")]
        // a negated refusal is a saying
        [InlineData("The director did not refuse to say that the line was old.", "the line was old")]
        public void ACueSaidIsNotMarked(string body, string content) =>
            Assert.False(ByContent(body, content).CueNegated);

        [Fact]
        public void ANegatedCueTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Northland did not say that the shelling was deliberate.",
                "Anna Berg said the shelling was deliberate.");
            var notSaid = corpus.Claims.Single(c => c.Text.StartsWith("Northland did not say", StringComparison.Ordinal));
            Assert.True(notSaid.CueNegated);
            // without the rule the negation before the cue turned the content over: "Not deliberate" for Northland
            Assert.Null(notSaid.Question);
            Assert.Null(notSaid.Position);
            Assert.Equal("Northland", notSaid.Party);
            var said = corpus.Claims.Single(c => c.Text.StartsWith("Anna Berg", StringComparison.Ordinal) && c.Question == "deliberate");
            Assert.False(said.CueNegated);
            Assert.Equal("Deliberate", said.Position);
        }

        [Theory]
        // near miss: a negated verb of accepting or agreeing rejects; it is a position, the opposite one
        [InlineData("Northland does not accept that the shelling was deliberate.")]
        [InlineData("Northland has refused to accept that the shelling was deliberate.")]
        public void ANegatedAcceptanceStillTakesThePositionItRejects(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            var claim = corpus.Claims.Single(c => c.Question == "deliberate" && c.Cue == "accept");
            Assert.True(claim.CueNegated);
            Assert.Equal("Northland", claim.Party);
            Assert.True(claim.Negated);
            Assert.NotEqual("Deliberate", claim.Position);
        }

        [Fact]
        public void AJudgementThatAnActIsWrongDeniesTheAct()
        {
            // "is wrong to call the shelling deliberate" holds it was not: without "wrong to" among the negators the cue after it
            // gave the speaker the position it argues against
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southern Guard is wrong to call the shelling deliberate.",
                "Omar Diaz said it would be a mistake to call the shelling an accident.",
                "Omar Diaz said the Northern Army was right to call the shelling deliberate.");
            Assert.Equal("Not deliberate", corpus.Claims.Single(c => c.Text.StartsWith("Anna Berg", StringComparison.Ordinal) && c.Question == "deliberate").Position);
            Assert.Equal("Deliberate", corpus.Claims.Single(c => c.Text.StartsWith("Omar Diaz said it would", StringComparison.Ordinal) && c.Question == "deliberate").Position);
            // right to: no denial
            Assert.Equal("Deliberate", corpus.Claims.Single(c => c.Text.StartsWith("Omar Diaz said the Northern", StringComparison.Ordinal) && c.Question == "deliberate").Position);
        }
    }
}
