using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The side of a "we" in a transcript: a speaker label opens a new turn, and a "we" in it is that turn's speaker's side
    /// (or none), never an earlier turn's nor that of a speaker the turn names; transcripts of the tests' own.
    /// </summary>
    public class ClaimTurnPartyTests
    {
        /// <summary>The transcript's opening: the host's question and Berg's (Northland's) turn, then the host's next question.</summary>
        private static readonly string[] Opening =
        {
            "Anna Berg and Omar Diaz spoke to the programme on Monday about the shelling.",
            "HOST: What did the inquiry find?",
            "BERG: We found that the shelling was an accident.",
            "HOST: And the other side?",
        };

        /// <summary>The opening, then the paragraphs given, then the host's closing line.</summary>
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Opening.Concat(paragraphs).Append("HOST: Thank you both.").ToArray());

        private static IncidentClaim We(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Source == "We" && c.Content.StartsWith(content, StringComparison.Ordinal));

        [Fact]
        public void AWeInALaterTurnIsThatTurnsSpeakersSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "DIAZ: The Northern Army said the talks had failed. We believe the shelling was deliberate.");
            Assert.Equal("Northland", We(corpus, "the shelling was an accident").Party);
            var diaz = We(corpus, "the shelling was deliberate");
            Assert.Equal("Southland", diaz.Party);
            Assert.Equal("Deliberate", diaz.Position);
        }

        [Fact]
        public void ABareEnvoyInSomeonesTurnIsNotTheTurnsSide()
        {
            // "the ambassador" Diaz talks about (most often the other country's) takes no side from Diaz's turn; "our ambassador"
            // is Diaz's own side's (TalkedAboutInTurn)
            using var folder = new TempFolder();
            var corpus = Load(folder, "DIAZ: The ambassador has asked to see me. I will see him.", "DIAZ: Our ambassador has said it many times.");
            Assert.Null(corpus.Claims.Single(c => c.Source == "The ambassador").Party);
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Source == "Our ambassador").Party);
        }

        [Fact]
        public void ABareArmyAfterAWrittenOutQuestionLabelIsNotTheAnswerersSide()
        {
            // "Question: The army says …": the interviewer speaks of a body, not of the one asked, whose side the chain carries; the
            // army the question names with its country keeps that country's side (ClaimReader.InQuestionTurn, OpensWithQuestionLabel)
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg spoke to our editor before she left the capital.",
                "Question: What went wrong?",
                "Answer: Nothing went wrong. We found that the shelling was an accident.",
                "Question: The army says its posts were clearly marked. Why should anyone accept your inquiry?",
                "Question: The Southern Army says the shelling was deliberate. Is it wrong?");
            Assert.Null(corpus.Claims.Single(c => c.Source == "The army").Party);
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Source == "The Southern Army").Party);
        }

        [Fact]
        public void AWeInTheSameSpeakersNextParagraphKeepsTheSide()
        {
            // the near miss: no new label opens the paragraph, so its "we" is still Diaz's
            using var folder = new TempFolder();
            var corpus = Load(folder, "DIAZ: No. Our posts were clearly marked.", "We think the shelling was deliberate, and so does everyone at the post.");
            Assert.Equal("Southland", We(corpus, "the shelling was deliberate").Party);
        }
    }
}
