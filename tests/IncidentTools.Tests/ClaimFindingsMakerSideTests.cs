using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A report, investigation or inquiry speaks for the side of the body that made it, named where the text first writes it:
    /// "its investigation", where "its" stands for the body named nearest before it in its sentence ("the Interior Ministry
    /// released the summary of its investigation"), and a maker or leader set off by a comma after the noun ("The inquiry,
    /// conducted by the Northern Army, …", "The investigation, led by General …"). Not a body that "its" stands for with no
    /// side ("the army"), nor one that did something else to the findings ("The inquiry, delayed by the Northern Army, …"),
    /// nor findings about a body ("the report on the Southern Guard"). Also a maker named after the findings word with a participle
    /// of making or leading it before "by" ("the investigation led by Colonel …", "carried out by", even inside "the summary of
    /// …"), or after "of" and a title for a report ("the report of Colonel …"); and "Investigators" with no article speak for
    /// the findings named before as "the investigators" do. Not an investigation "of" a person (it is into them), nor a "by"
    /// that names who acted on the findings ("the rejection of the report by …"), nor makers of findings with none named
    /// before. Sentences of the tests' own.
    /// </summary>
    public class ClaimFindingsMakerSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void ItsFindingsAreTheBodysNamedBeforeIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "A week after the Interior Ministry released the summary of its investigation, the talks are stalled.",
                "The investigation, led by General Ivo Brandt of the border corps, runs to forty pages. It concludes that Southland fired first.");
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("Southland fired first"));
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
        }

        [Theory]
        [InlineData("The inquiry, conducted by the Northern Army, found that Southland fired first.")]
        [InlineData("The inquiry, carried out by the Northern Army, found that Southland fired first.")]
        public void AMakerSetOffAfterTheFindingsGivesTheirSide(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("Southland fired first"));
            Assert.Equal("Northland", claim.Party);
        }

        [Theory]
        // "its" stands for a body of no side
        [InlineData("A week after the army released the summary of its investigation, the talks are stalled.",
                    "The investigation, led by General Ivo Brandt of the border corps, runs to forty pages. It concludes that Southland fired first.")]
        // the one named after "by" did not make the findings
        [InlineData("The inquiry, delayed by the Northern Army, found that Southland fired first.", "The talks are stalled.")]
        // findings about a body are not that body's
        [InlineData("The report on the Northern Army found that Southland fired first.", "The talks are stalled.")]
        // an investigation of a person is into them
        [InlineData("The northern view rests on the investigation of Colonel Anna Berg.", "The investigation found that Southland fired first.")]
        // "by" right after the findings' phrase names who acted on them
        [InlineData("Critics noted the rejection of the report by Colonel Anna Berg.", "The report found that Southland fired first.")]
        // no findings named before the investigators
        [InlineData("The talks are stalled.", "Investigators concluded that Southland fired first.")]
        public void NoSideWhereNoMakerIsNamed(string first, string second)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, first, second);
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("Southland fired first"));
            Assert.Null(claim.Party);
        }

        [Theory]
        [InlineData("The northern view rests on the summary of the inquiry led by Colonel Anna Berg, published in March.", "The inquiry concluded that Southland fired first.")]
        [InlineData("The northern view rests on the investigation carried out by Colonel Anna Berg.", "The investigation found that Southland fired first.")]
        [InlineData("The northern view rests on the report of Colonel Anna Berg.", "The report concluded that Southland fired first.")]
        [InlineData("The northern view rests on the report of Colonel Anna Berg.", "Investigators concluded that Southland fired first.")]
        public void TheMakerNamedAfterTheFindingsGivesTheirSide(string first, string second)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, first, second);
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("Southland fired first"));
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
        }
    }
}
