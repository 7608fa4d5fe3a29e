using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The Southern Guard put out its own account, which said …": a body's telling of events ("account", "version"; words.txt
    /// own-reading) or a document that "its" owns, as the object right after the verb of the sentence's subject, speaks through
    /// the relative clause after its comma for that subject, as "issued a statement which said" speaks for the issuer. Not
    /// where "its" may stand for something else written between ("rejected the review and its version, which …", "rejected the
    /// review and its own report, which …"). Sentences of the tests' own.
    /// </summary>
    public class ClaimOwnAccountRelativeTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("In March the Southern Guard put out its own account, which said the shelling was an accident.")]
        [InlineData("The Southern Guard has since released its own version, which says the shelling was an accident.")]
        [InlineData("The Southern Guard published its own report, which said the shelling was an accident.")]
        public void TheOwnedTellingSpeaksForTheSubject(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said the shelling had been deliberate.", paragraph);
            var claim = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Southern Guard", claim.Speaker);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
            Assert.Equal("CueThenContent", claim.Rule);
        }

        [Fact]
        public void NotWhenItsMayStandForAThingWrittenBetween()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said the shelling had been deliberate.",
                "The Southern Guard rejected the Northern review and its version, which said the shelling was an accident.",
                "The Southern Guard rejected the Northern review and its own report, which said the shelling was an accident.");
            Assert.DoesNotContain(corpus.Claims, c => c.Content == "the shelling was an accident" && c.Speaker == "Southern Guard");
        }
    }
}
