using System.Linq;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// A cue marked <c>yields: true</c> reads a position from what a side says in passing ("the coalition had been given the
    /// grid references of the posts", said by the side that gave them, to argue the shelling was aimed): in a document where
    /// the same side says the question's other position through a cue that does not yield ("we were never told of the
    /// operation"), the yielding cue's claim keeps its words and speaker and no position. Articles of the tests' own.
    /// </summary>
    public class YieldingCueTests
    {
        private static readonly string Manifest = AccountTestCorpus.PlainParties + @"
questions:
  - id: liaison
    text: Did the liaison between the two forces fail?
    positions:
      - label: Liaison failed
        cues: [never told, poor liaison]
      - label: Liaison worked
        cues:
          - {text: ""{Southland} had been given the grid references"", party: Northland, yields: true}
";

        private const string GivenReferences =
            "Anna Berg, the Northern interior minister, said the Southern Guard had been given the grid references of both posts.";

        private const string NeverTold =
            "Omar Diaz's force attacked anyway, Berg said in a second statement, adding that Northland was never told of the operation.";

        [Fact]
        public void AYieldingCueAloneGivesItsPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, GivenReferences);
            var claim = corpus.Claims.Single(c => c.Question == "liaison");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Liaison worked", claim.Position);
        }

        [Fact]
        public void AYieldingCueGivesWayToTheSameSidesOtherPositionInTheDocument()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, GivenReferences, NeverTold);
            var positions = corpus.Claims.Where(c => c.Party == "Northland" && c.Question == "liaison").Select(c => c.Position).ToList();
            Assert.Equal(new[] { "Liaison failed" }, positions);
            // the attribution that lost its position is still a claim, with no question
            Assert.Contains(corpus.Claims, c => c.Question == null && c.Content.Contains("grid references") && c.Party == "Northland");
        }

        [Fact]
        public void AYieldingCueGivesWayToTheOtherPositionInTheSameClaimWhateverItsLength()
        {
            // the yielding cue is the longer match; the side's own word of the failure in the same words still decides
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Anna Berg, the Northern interior minister, said the Southern Guard had been given the grid references of both posts and that Northland was never told of the operation.");
            var claim = corpus.Claims.Single(c => c.Question == "liaison");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Liaison failed", claim.Position);
            Assert.Equal("never told", claim.PositionCue);
        }

        [Fact]
        public void TheOtherSidesPositionDoesNotMakeItYield()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, GivenReferences,
                "Omar Diaz, the Southern Guard commander, said there had been poor liaison on the night.");
            Assert.Contains(corpus.Claims, c => c.Party == "Northland" && c.Position == "Liaison worked");
            Assert.Contains(corpus.Claims, c => c.Party == "Southland" && c.Position == "Liaison failed");
        }

        [Fact]
        public void TheManifestReadsTheFlag()
        {
            using var folder = new TempFolder();
            folder.Write("corpus.yaml", Manifest);
            var manifest = ManifestReader.Read(System.IO.Path.Combine(folder.Path, "corpus.yaml"));
            var cues = manifest.Questions.Single().Positions.SelectMany(p => p.Cues).ToList();
            Assert.True(cues.Single(c => c.Party == "Northland").Yields);
            Assert.DoesNotContain(cues, c => c.Party == null && c.Yields);
        }

        [Fact]
        public void TheCheckerKnowsTheKeyAndRejectsABadValue()
        {
            using var folder = new TempFolder();
            var good = folder.Write("corpus.yaml", Manifest);
            Assert.Empty(ManifestValidator.Validate(good));
            var bad = folder.Write("corpus.yaml", Manifest.Replace("yields: true", "yields: maybe"));
            Assert.Equal(new[] { "NotTrueOrFalse" }, ManifestValidator.Validate(bad).Select(i => i.Code).ToArray());
        }
    }
}
