using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A document a house of elected members adopts ("resolution": organisation-words.txt 'enacted'), given no side by its own
    /// words ("The resolution, moved by the deputy speaker, …", "The resolution adopted by the House …"), speaks for the house
    /// the text named with its capital in its paragraph or the one before, with the side that house's name gives. Not when the
    /// nearest house's name gives no side ("the General Assembly"), nor when no house is named. Sentences of the tests' own.
    /// </summary>
    public class ClaimEnactedDocumentSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("The Northern Assembly on Tuesday passed a resolution on the shelling of the border villages.",
                    "The resolution, moved by the deputy speaker, said the shelling was deliberate.")]
        [InlineData("The Northern Assembly on Tuesday passed a resolution on the shelling of the border villages.",
                    "The resolution adopted by the House said the shelling was deliberate.")]
        [InlineData("Members of the Northern Senate met late into the night. By dawn a resolution on the shelling had passed.",
                    "The resolution said the shelling was deliberate.")]
        public void AResolutionSpeaksForTheHouseNamedAdoptingIt(string first, string second)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, first, second);
            var claim = corpus.Claims.Single(c => c.Content.Contains("shelling was deliberate"));
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Theory]
        // the nearest house's name gives no side
        [InlineData("The General Assembly on Tuesday passed a resolution on the shelling of the border villages.",
                    "The resolution, moved by the deputy speaker, said the shelling was deliberate.")]
        // no house named
        [InlineData("Talks on the shelling of the border villages broke down on Tuesday.",
                    "The resolution, moved by the deputy speaker, said the shelling was deliberate.")]
        public void NoSideWhereNoHouseOfASideIsNamed(string first, string second)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, first, second);
            var claim = corpus.Claims.Single(c => c.Content.Contains("shelling was deliberate"));
            Assert.Null(claim.Party);
        }
    }
}
