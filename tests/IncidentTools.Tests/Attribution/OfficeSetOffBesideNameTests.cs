using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix90c (fix90b's reading): an office set off after a name when a role of another kind stands before it ("The chief guest,
    /// NAME, a ruling party MNA from the district, said": the member's country, party135's rule). Invented texts of the tests' own.
    /// </summary>
    public class OfficeSetOffBesideNameTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Fact]
        public void AnMnaSetOffAfterTheNameOfAChiefGuestSpeaksForPakistan()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "SUKKUR, May 3: Traders at a meeting here on Friday asked the United States to pay for the damaged bridge.",
                "The chief guest, Sardar Nabeel Ahmed Mahar, a ruling party MNA from the division, said the canal had been closed for weeks.",
                "\"The farmers cannot take their cotton to the market,\" he said.");
            var q = corpus.Quotes.Single(x => x.Text.StartsWith("The farmers", StringComparison.Ordinal));
            Assert.Equal("Sardar Nabeel Ahmed Mahar", q.Speaker);
            Assert.Equal("Pakistan", q.Party);
        }

        [Fact]
        public void AFormerMnaSetOffAfterTheNameLeftTheSeat()
        {
            // the near miss: the office set off after the name was left
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "SUKKUR, May 3: Traders at a meeting here on Friday asked the United States to pay for the damaged bridge.",
                "The chief guest, Sardar Nabeel Ahmed Mahar, a former MNA from the division, said the canal had been closed for weeks.",
                "\"The farmers cannot take their cotton to the market,\" he said.");
            Assert.Null(corpus.Quotes.Single(x => x.Text.StartsWith("The farmers", StringComparison.Ordinal)).Party);
        }
    }
}
