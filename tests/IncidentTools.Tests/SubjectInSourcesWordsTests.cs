using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "According to the army, the Northern report is flawed", "In the ministry's view, the Northern inquiry …": the subject of
    /// what a body says, written after the body, is read after it: the body takes its side from the article (the side named
    /// before it, the place reported from) or none, never from a document its own words name.
    /// </summary>
    public class SubjectInSourcesWordsTests
    {
        private static readonly string Manifest = AccountTestCorpus.PartiesWith(northOrganisations: "Interior Ministry") + AccountTestCorpus.Questions;

        [Theory]
        [InlineData("In the army's words, the Northern report is flawed and one-sided.", "army")]
        [InlineData("According to the army, the Northern account is flawed.", "army")]
        [InlineData("In the ministry's view, the Northern inquiry is flawed.", "ministry")]
        [InlineData("According to the army spokesman, the Northern report is flawed and one-sided.", "army spokesman")]
        public void ABodysOwnWordsTakeNoSideFromADocumentTheyName(string sentence, string speaker)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("the Northern"));
            Assert.Equal(speaker, claim.Speaker);
            Assert.Null(claim.Party);
        }

        [Fact]
        public void ABodysOwnWordsKeepTheSideNamedBeforeThem()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "The Southern army said the posts were struck. According to the army, the Northern report is flawed. It said the report was one-sided.");
            Assert.Equal(3, corpus.Claims.Count);
            Assert.All(corpus.Claims, c => Assert.Equal("Southland", c.Party));
        }

        [Fact]
        public void APersonNamedStillSpeaksForTheirSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "According to Anna Berg, the Southern report is flawed. She said it was one-sided.");
            Assert.All(corpus.Claims, c => Assert.Equal("Northland", c.Party));
            Assert.Equal("Anna Berg", corpus.Claims.Single(c => c.Content.StartsWith("it was")).Speaker);
        }
    }
}
