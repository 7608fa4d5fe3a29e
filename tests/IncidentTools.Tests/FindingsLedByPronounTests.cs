using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Findings whose own phrase names who led or made them ("An inquiry led by Northern Army General …", "conducted by …")
    /// take that one's side, also when the sentence that introduces them reports nothing ("… reported in May") and only an "it"
    /// after it speaks for them (not the side that spoke last). Sentences of the tests' own.
    /// </summary>
    public class FindingsLedByPronounTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("An inquiry led by Northern Army General Ivo Brandt reported in May.")]
        [InlineData("An investigation headed by General Ivo Brandt of the Northern Army was completed in May.")]
        [InlineData("A review conducted by the Interior Ministry came out in May.")]
        public void ItAfterFindingsLedByOneOfASideIsThatSides(string introduced)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Southland has said all along that its guards fired no shots at the convoy.",
                introduced + " It said Southland fired first.");
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("Southland fired first"));
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
        }
    }
}
