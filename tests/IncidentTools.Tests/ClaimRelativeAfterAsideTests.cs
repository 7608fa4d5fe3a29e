using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A relative clause of findings after a participle's aside set off by commas, "the ministry stood by its inquiry, completed
    /// in March, which found that …": the relative pronoun stands for the noun before the aside (the inquiry, of the body that
    /// "its" stands for), so the finding is a claim of that body's side, as it is without the aside. Not a noun inside the aside
    /// ("in March"), and a person's relative after such an aside still stands for the person. "its" after "the ministry" stands
    /// for the body the text named before with "Ministry" last ("An Interior Ministry spokesman said the ministry stood by its
    /// inquiry"). Sentences of the tests' own.
    /// </summary>
    public class ClaimRelativeAfterAsideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("The Interior Ministry stood by its inquiry, completed in March, which found that Southland fired first.")]
        [InlineData("The Interior Ministry stood by its inquiry, released on Monday after long delays, which found that Southland fired first.")]
        // near miss: the same without the aside, as before
        [InlineData("The Interior Ministry stood by its inquiry, which found that Southland fired first.")]
        public void AFindingAfterAnAsideIsTheOwnersSide(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var claim = corpus.Claims.Single(c => c.Cue == "found");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
        }

        [Theory]
        // "the ministry" stands for the body named before with that word last: its inquiry is that body's
        [InlineData("An Interior Ministry spokesman said on Friday that the ministry stood by its inquiry, completed in March, which found that Southland fired first.", "Northland")]
        [InlineData("The Interior Ministry has not changed its view. A spokesman said the ministry stood by its inquiry, which found that Southland fired first.", "Northland")]
        // near miss: no body named with that word, the bare word gives no side
        [InlineData("A spokesman said on Friday that the ministry stood by its inquiry, completed in March, which found that Southland fired first.", null)]
        public void TheBareBodyWordStandsForTheBodyNamedBefore(string paragraph, string? party)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var claim = corpus.Claims.Single(c => c.Cue == "found");
            Assert.Equal(party, claim.Party);
        }

        [Fact]
        public void APersonsRelativeAfterAnAsideStandsForThePerson()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Reporters met Omar Diaz, reached in the capital, who said the shelling was deliberate.");
            var claim = corpus.Claims.Single(c => c.Cue == "said");
            Assert.Equal("Southland", claim.Party);
        }
    }
}
