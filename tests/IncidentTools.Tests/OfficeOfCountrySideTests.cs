using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The Permanent Representative of Chile to the United Nations, Ambassador Rodrigo Soto Vega, met …": an office whose
    /// "of" names a country, set off by a comma before the name (a posting after the country, "to the United Nations", read
    /// past), gives the name that country's side, as "Chile's ambassador to Peru, Rodrigo Soto," does, in a sentence that
    /// reports nothing too; the later "the ambassador" and "he" keep it. An office of a body, no country, gives none.
    /// </summary>
    public class OfficeOfCountrySideTests
    {
        [Fact]
        public void TheCountryOfTheOfficesOfGivesTheNameItsSideLater()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "The Permanent Representative of Chile to the United Nations, Ambassador Rodrigo Soto Vega, met the council's members on Monday.",
                "The ambassador told them that the shelling at the pass had been “wholly deliberate”.",
                "“Nothing was hidden from them,” he said.");
            var fragment = corpus.Quotes.Single(q => q.Text.StartsWith("wholly deliberate", System.StringComparison.Ordinal));
            Assert.Equal("Rodrigo Soto Vega", fragment.Speaker);
            Assert.Equal("Chile", fragment.Party);
            var whole = corpus.Quotes.Single(q => q.Text.StartsWith("Nothing was hidden", System.StringComparison.Ordinal));
            Assert.Equal("Rodrigo Soto Vega", whole.Speaker);
            Assert.Equal("Chile", whole.Party);
        }

        [Fact]
        public void TheCountryOfAnOfficeWithNoPostingGivesItsSideToo()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "The President of Chile, Rodrigo Soto, arrived at the pass on Monday.",
                "Soto wrote that the shelling at the pass had been deliberate.");
            Assert.Equal("Chile", corpus.Claims.Single(c => c.Content.StartsWith("the shelling", System.StringComparison.Ordinal)).Party);
        }

        [Fact]
        public void AnOfficeOfABodyThatNamesNoCountryGivesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "The President of the Harbour Council, Ambassador Rodrigo Soto, met the envoys on Monday.",
                "Soto wrote that the shelling at the pass had been deliberate.");
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("the shelling", System.StringComparison.Ordinal)).Party);
        }
    }
}
