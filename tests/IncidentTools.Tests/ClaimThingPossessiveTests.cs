using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A document, or a part of one or of what it says ("its summary", "its findings", "its response"), that "its" owns speaks
    /// for what "it" stands for: the subject of its sentence written before it when that is an organisation or a document, else,
    /// with no subject before it, the organisation or document written nearest before it; never the side of the speaker before
    /// it (accounts64: "The US/NATO inquiry … was released by the US Department of Defense … Its summary stated that US forces …
    /// had responded to fire from the Pakistani side" gave the release's own side the other side's position). Sentences of the
    /// tests' own.
    /// </summary>
    public class ClaimThingPossessiveTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void APartOwnedByItsIsTheBodyWrittenNearestBefore()
        {
            using var folder = new TempFolder();
            // (a subject the grammar does not read, "The Northern/Allied review", leaves the body written nearest before "its")
            var corpus = Load(folder, "The Southern Guard said the shelling had been deliberate.",
                "The Northern/Allied review, led by General Ivo Brandt, was published by the Interior Ministry on 3 May. Its summary stated that the shelling was an accident.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Interior Ministry", claim.Speaker);
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
            Assert.StartsWith("Its summary stated", claim.Text, StringComparison.Ordinal);
            Assert.Equal(claim.Text.IndexOf("the shelling", StringComparison.Ordinal), claim.ContentStart - claim.Start);
            Assert.Equal(claim.Text.IndexOf("Its summary", StringComparison.Ordinal), claim.SourceStart - claim.Start);
        }

        [Fact]
        public void APartOwnedByItsIsTheDocumentWrittenNearestBefore()
        {
            // the document written nearer than any body: "the Northern Army's inquiry", the army's
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Southern Guard said the shelling had been deliberate.",
                "The harbour pilots read the Northern Army's inquiry on Monday. Its findings stated that the shelling was an accident.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Northern Army", claim.Speaker);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void APartOwnedByItsWithNoOwnerWrittenIsNoSideOfTheSpeakerBefore()
        {
            // nothing before it that "it" may stand for (a person is no "it"): no side, not the last speaker's
            using var folder = new TempFolder();
            var corpus = Load(folder, "Omar Diaz said the shelling had been deliberate.",
                "Its summary stated that the shelling was an accident.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Null(claim.Party);
            Assert.Null(claim.Position);
        }

        [Fact]
        public void ItsAfterABodyThatIsTheSubjectOfItsSentenceIsThatBodys()
        {
            // the near miss: "its" in a clause whose subject is a body is the subject's, not the document written nearer
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Northern Army said the talks had failed.",
                "The Southern Guard has never seen the Northern inquiry, and its own summary stated that the shelling was deliberate.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Southern Guard", claim.Speaker);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void ItsAfterABodyReadAsTheSubjectBeforeIsThatBody()
        {
            // a paper whose name holds no organisation word, read as the subject of the sentence before, not the body written
            // in the paragraph before it
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said the Interior Ministry should act.",
                "The Harbour Tribune was more cautious. Its editorial said the shelling was an accident.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Harbour Tribune", claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Fact]
        public void ItsAfterASubjectOfAnotherKindStaysUntold()
        {
            // the near miss: a name the resolver cannot tell from a person's ("Harbour Maps is a shop") is the subject before
            // "its": the body named in the sentence before is not its owner
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Interior Ministry's statement was short.",
                "Harbour Maps is a shop in Dover, which sells old charts, according to its website.");
            var claim = corpus.Claims.Single(c => c.Content.Contains("sells old charts"));
            Assert.Equal("website", claim.Speaker);
            Assert.Equal("AccordingToClause", claim.Rule);
        }
    }
}
