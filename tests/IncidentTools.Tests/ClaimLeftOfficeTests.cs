using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "former" read one way by the speaker resolver and the claims (accounts66): a word that says its holder left an office
    /// (words.txt 'past-office') takes the side away only where it opens the title, the role or the description, not a
    /// second office named after the first ("the Northern navy commander and a former diplomat" still speaks for her side).
    /// Sentences of the tests' own.
    /// </summary>
    public class ClaimLeftOfficeTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void AFormerOfficeAfterAHeldOneKeepsTheSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Lena Voss, the Northern navy commander and a former diplomat, said the shelling was deliberate.");
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("Lena Voss", claim.Speaker);
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
            Assert.Equal(claim.Text.IndexOf("the shelling", System.StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }

        [Theory]
        [InlineData("Lena Voss, a former Northern navy commander, said the shelling was deliberate.", "Lena Voss")]
        [InlineData("A retired Northern navy commander said the shelling was deliberate.", "retired Northern navy commander")]
        [InlineData("Former Northern navy commander Lena Voss said the shelling was deliberate.", "Lena Voss")]
        public void AFormerOfficeThatOpensTheRoleStillGivesNoSide(string sentence, string speaker)
        {
            // the near miss: "former" opens the role, the title or the description; the office's side is no longer hers
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal(speaker, claim.Speaker);
            Assert.Null(claim.Party);
        }
    }
}
