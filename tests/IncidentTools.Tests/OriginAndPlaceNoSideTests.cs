using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Where a person came from or works is no side: "a Northern-born pharmacist", "a teacher of Northern descent" name an
    /// origin, and a side's name that a preposition of place opens in the relative clause after the speaker ("who teaches
    /// history in Northland") is where the person works or lives. A relative clause about the quotation after its sentence's
    /// own cue ("…, remarks that officials said …") is another's speech about it, not its source. Sentences of the tests' own.
    /// </summary>
    public class OriginAndPlaceNoSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("Mira Tallis, a Northern-born pharmacist who has run a shop in the harbour town for years, said the ferry was late. \"Nobody here wants a quarrel,\" she said.")]
        [InlineData("Mira Tallis, a pharmacist of Northern descent, said the ferry was late. \"Nobody here wants a quarrel,\" she said.")]
        [InlineData("Mira Tallis, who teaches geography in Northland, said the ferry was late. \"Nobody here wants a quarrel,\" she said.")]
        [InlineData("Mira Tallis, who was born in Northland, said the ferry was late. \"Nobody here wants a quarrel,\" she said.")]
        public void AnOriginOrAPlaceIsNoSide(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("Nobody here wants", System.StringComparison.Ordinal));
            Assert.Equal("Mira Tallis", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void ASidesOwnWordStillNamesTheSide()
        {
            // near miss: the side written as the description's own word
            const string paragraph = "Mira Tallis, a Northern official, said the ferry was late. \"Nobody here wants a quarrel,\" she said.";
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("Nobody here wants", System.StringComparison.Ordinal));
            Assert.Equal("Northland", quote.Party);
        }

        [Theory]
        [InlineData("Anna Berg said at the summit that Northland was \"running out of patience\" with Southland, remarks that Southern officials said had soured the talks.")]
        [InlineData("Anna Berg said Northland was \"running out of patience\" with Southland, a phrase which Southern officials said was unhelpful.")]
        public void ARelativeClauseAfterTheQuotationIsNotItsSource(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var quote = corpus.Quotes.Single(q => q.Text == "running out of patience");
            Assert.Equal("Anna Berg", quote.Speaker);
            Assert.Equal("Northland", quote.Party);
        }

        [Fact]
        public void ASpeakerAtTheSentencesEndStillSpeaks()
        {
            // near miss: the clause after the comma is the quotation's own cue
            using var folder = new TempFolder();
            var corpus = Load(folder, "Northland was \"running out of patience\" with Southland, Southern officials said.");
            var quote = corpus.Quotes.Single(q => q.Text == "running out of patience");
            Assert.Equal("Southland", quote.Party);
        }
    }
}
