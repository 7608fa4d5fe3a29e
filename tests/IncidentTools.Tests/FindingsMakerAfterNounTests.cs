using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A bare "the inquiry", "the report" or "Investigators" speaks for the side of the maker the text named for the findings
    /// before it, also where the maker follows the findings word with a participle of making or leading it before "by" ("the
    /// investigation led by Colonel …", "carried out by", even inside "the summary of …"), or after "of" and a title for a
    /// report ("the report of Colonel …"); and "Investigators" with no article speak for those findings as "the investigators"
    /// do. Not an investigation "of" a person (it is into them), nor a "by" that names who acted on the findings ("the rejection
    /// of the report by …"), nor makers of findings with none named before. Sentences of the tests' own.
    /// </summary>
    public class FindingsMakerAfterNounTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

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

        [Theory]
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
    }
}
