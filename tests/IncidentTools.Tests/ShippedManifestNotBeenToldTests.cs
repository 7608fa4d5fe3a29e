using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's "not told" in the perfect passive (accounts112): "had not been told of any operation", "has never
    /// been informed" are Coordination failed, as "was not told" is; the side that was not told says so of itself. Sentences
    /// of the tests' own.
    /// </summary>
    public class ShippedManifestNotBeenToldTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) => ShippedManifestUnseenStyleCueTests.Claim(corpus, content);

        [Theory]
        [InlineData("Athar Abbas said the liaison officers had not been told of any operation near the posts.", "the liaison officers")]
        [InlineData("Athar Abbas said Pakistan has never been informed of the operation.", "Pakistan has never been")]
        public void NotBeenToldIsCoordinationFailed(string sentence, string content)
        {
            using var folder = new TempFolder();
            var claim = Claim(Load(folder, sentence), content);
            Assert.Equal("Pakistan", claim.Party);
            Assert.Equal("Coordination failed", claim.Position);
        }

        [Fact]
        public void BeenToldWithNoNegatorIsNoFailure()
        {
            // the near miss: told of the operation, no negator before "been"
            using var folder = new TempFolder();
            var corpus = Load(folder, "Athar Abbas said the liaison officers had been told of the operation only after it began.");
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Coordination failed");
        }
    }
}
