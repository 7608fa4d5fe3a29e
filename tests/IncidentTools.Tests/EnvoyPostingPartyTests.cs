using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// An envoy speaks for the country that sends them (accounts66): the place of the posting after "in" or "to" ("the
    /// ambassador in Southland", "the envoy to Southland"; speaker-nouns.txt 'envoy') never gives the side, the sender the
    /// words name does ("Northland's ambassador", "a Northern diplomat"). Officials described by a place keep its side.
    /// Sentences of the tests' own.
    /// </summary>
    public class EnvoyPostingPartyTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        private static IncidentClaim Claim(string sentence)
        {
            using var folder = new TempFolder();
            return Load(folder, sentence).Claims.Single(c => c.Content == "the shelling was deliberate");
        }

        [Fact]
        public void TheSendersAmbassadorNamedAfterThePostingSpeaksForTheSender()
        {
            var claim = Claim("Northland's ambassador in Southland, Lena Voss, said the shelling was deliberate.");
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
            Assert.Equal(claim.Text.IndexOf("the shelling", System.StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }

        [Theory]
        [InlineData("A Northern diplomat in Southland said the shelling was deliberate.", "Northland")]
        [InlineData("The Northern envoy to Southland said the shelling was deliberate.", "Northland")]
        [InlineData("The ambassador in Southland said the shelling was deliberate.", null)]
        [InlineData("A diplomat in Southland said the shelling was deliberate.", null)]
        public void ThePlaceOfThePostingGivesNoSide(string sentence, string? party)
        {
            var claim = Claim(sentence);
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal(party, claim.Party);
        }

        [Theory]
        [InlineData("the envoy to Pakistan", null)]
        [InlineData("the ambassador to the United States", null)]
        [InlineData("Pakistan's envoy to the United Nations", "Pakistan")]
        [InlineData("the U.S. ambassador in Pakistan", "United States")]
        [InlineData("the embassy in Pakistan", null)]
        [InlineData("a senior official in Pakistan", "Pakistan")]
        public void TheResolverReadsThePostingAsTheHost(string role, string? party) =>
            Assert.Equal(party, new IncidentTools.Attribution.PartyResolver(null).FromText(role));

        [Fact]
        public void OfficialsInAPlaceKeepItsSide()
        {
            // the near miss: an official is no envoy; "officials in Southland" speak for Southland, as before
            var claim = Claim("Officials in Southland said the shelling was deliberate.");
            Assert.Equal("Officials in Southland", claim.Speaker);
            Assert.Equal("Southland", claim.Party);
        }
    }
}
