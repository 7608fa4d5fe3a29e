using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Attribution;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "the chairman of Meridian Pakistan": a country's name right after a brand names the company's branch in that
    /// country, not the country's side (PartyResolver.AfterABrand); a country after a title, a region word, a preposition
    /// or at the start of the text, and a nationality word, still name the side. In the claims' party index, such a
    /// country's name is no mention of the side, nor is a manifest person's surname after another given name
    /// ("Omar Tariq Baig" is not the manifest's "Nadia Baig").
    /// </summary>
    public class PartyBrandTests
    {
        private static PartyResolver Manifest() => new PartyResolver(new[]
        {
            new PartyDefinition("Harbourland", new[] { "Harbourland", "Harbourlander" }, new[] { "Harbour Ministry" }),
            new PartyDefinition("Pakistan", new[] { "Pakistan", "Pakistani" }, new[] { "Foreign Office" }),
        });

        [Theory]
        [InlineData("chairman of Meridian Pakistan")]
        [InlineData("the head of Meridian Pakistan's polling unit")]
        [InlineData("a director at Zentrix Pakistan")]
        public void ACountryAfterABrandIsNoSide(string role)
        {
            Assert.Null(Manifest().FromText(role));
            Assert.Null(Manifest().FromManifest(role));
            Assert.Null(new PartyResolver(null).FromText(role));
        }

        [Theory]
        [InlineData("a senior official from Pakistan")]
        [InlineData("a senior official in Northern Pakistan")]
        [InlineData("Senior Pakistan officials")]
        [InlineData("a Meridian Pakistani official")]
        [InlineData("the Foreign Minister Pakistan sent")]
        [InlineData("the Islamabad Pakistan office")]
        public void ACountryAfterAWordThatIsNoBrandIsTheSide(string role)
        {
            Assert.Equal("Pakistan", Manifest().FromText(role));
            Assert.Equal("Pakistan", new PartyResolver(null).FromText(role));
        }
    
        private static PartyIndex Index() => new PartyIndex(new[]
        {
            new PartyDefinition("Harbourland", new[] { "Harbourland" }, null, new[] { "Nadia Karim Baig" }),
            new PartyDefinition("Pakistan", new[] { "Pakistan", "Pakistani" }),
        });

        [Theory]
        [InlineData("Omar Tariq Baig, chairman of Meridian Pakistan")]
        [InlineData("the head of Zentrix Pakistan")]
        public void TheIndexReadsNoSideInABrandOrAnotherPersonsName(string words) =>
            Assert.Empty(Index().Mentions(words));

        [Theory]
        [InlineData("Omar Tariq Baig, the envoy to Pakistan", "Pakistan")]
        [InlineData("a senior official in Northern Pakistan", "Pakistan")]
        [InlineData("Prime Minister Baig", "Harbourland")]
        [InlineData("Karim Baig, the prime minister", "Harbourland")]
        [InlineData("the minister, Baig", "Harbourland")]
        public void TheIndexStillReadsTheSideElsewhere(string words, string party) =>
            Assert.Equal(party, Index().Mentions(words).Single().Party.Name);
    }
}
