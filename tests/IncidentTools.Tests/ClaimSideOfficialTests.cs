using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides in unseen styles (accounts52, on the own Salala set 51): a bare institution ("the army", "the military") after
    /// people of a side's institution whose description writes that side ("a Southern official", "Southern officers") is that
    /// side's, as it is after the side's spokesman, not the side of a body that spoke a paragraph before. Sentences of the
    /// tests' own.
    /// </summary>
    public class ClaimSideOfficialTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void ABareInstitutionInWhatASidesOfficialReportsIsThatSides()
        {
            // "A Southern official … said the army would not …": the army of the official's side, not the Interior Ministry's
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                "A Southern official denied the account, and said the army still held that the shelling was deliberate.");
            var army = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("army", army.Speaker);
            Assert.Equal("CueThenContent", army.Rule);
            Assert.Equal("Southland", army.Party);
            Assert.Equal("Deliberate", army.Position);
        }

        [Fact]
        public void ABareInstitutionAfterASidesOfficersIsThatSides()
        {
            // "Southern officers studied the file. The military said …": the officers write the side, the military is theirs
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                "Southern officers studied the file in the capital. The military said the shelling was deliberate.");
            var military = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("military", military.Speaker);
            Assert.Equal("CueThenContent", military.Rule);
            Assert.Equal("Southland", military.Party);
            Assert.Equal(military.Text.IndexOf("the shelling", System.StringComparison.Ordinal), military.ContentStart - military.Start);
        }

        [Fact]
        public void ABareInstitutionAfterOfficialsOfNoSideWrittenIsStillTheSideNamedBefore()
        {
            // the near miss: "officials" write no side; "the military" is the side of the body that spoke before, as it was
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                "Officers studied the file in the capital. The military said the shelling was deliberate.");
            var military = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("military", military.Speaker);
            Assert.Equal("Northland", military.Party);
        }

        [Fact]
        public void ASidesOfficersOfAParagraphBeforeDoNotGiveTheirSide()
        {
            // the near miss: the officers are a paragraph before; "the military" is the side of the body that spoke, as it was
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                "Southern officers studied the file in the capital.",
                "The military said the shelling was deliberate.");
            var military = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("military", military.Speaker);
            Assert.Equal("Northland", military.Party);
        }
    }
}
