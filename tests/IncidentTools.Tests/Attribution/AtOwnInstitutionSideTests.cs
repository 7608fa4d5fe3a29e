using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "“…,” said a senior officer at the army's headquarters", "an official of the ministry": a person placed by the phrase
    /// after the head in a bare institution (no country or name written before it) speaks, as "senior officers" alone do, for
    /// the place the dateline names (a city of that country may follow: "… headquarters in Munich"). Not one at an embassy (another country's mission in the host's capital), nor one whose
    /// phrase names another country's city or a place the tables do not know. Texts written for these tests.
    /// </summary>
    public class AtOwnInstitutionSideTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Germany", aliases: new[] { "Germany", "German", "Berlin" }, organisations: new[] { "German Coast Guard" }),
            new PartyDefinition("Switzerland", aliases: new[] { "Switzerland", "Swiss", "Bern" }, organisations: new[] { "Swiss Shipping Office" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body) =>
            QuoteTestText.Quotes("Tanker row goes on", "BERLIN, March 3 - The tanker stayed at anchor off the coast on Friday.\n\n" + body, Sides);

        [Theory]
        [InlineData("“The ship broke every rule,” said a senior officer at the army's headquarters.", "senior officer at the army's headquarters")]
        [InlineData("“The ship broke every rule,” said an official of the ministry, who asked not to be named.", "official of the ministry")]
        [InlineData("“The ship broke every rule,” said a senior officer at the army's headquarters in Munich.", "senior officer at the army's headquarters in Munich")]
        [InlineData("An officer at the army's base in the north said the ship had been warned. “The ship broke every rule,” he said.", "officer")]
        public void APersonOfABareInstitutionIsThePlacesVoice(string body, string speaker)
        {
            var q = QuoteTestText.Q(Quotes(body), "The ship broke every rule");
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("Germany", q.Party);
        }

        [Theory]
        [InlineData("“The ship broke every rule,” said an official at the embassy.")]
        [InlineData("“The ship broke every rule,” said an official at the ministry in Bern.")]
        [InlineData("“The ship broke every rule,” said an official at the port.")]
        [InlineData("“The ship broke every rule,” said a senior officer at the army's headquarters in Geneva.")]
        [InlineData("“The ship broke every rule,” said a senior officer at the army's headquarters in Kestrel.")]
        public void AnEmbassyAnotherCountrysPlaceOrNoInstitutionIsNotThePlacesVoice(string body)
        {
            var q = QuoteTestText.Q(Quotes(body), "The ship broke every rule");
            Assert.NotEqual("Germany", q.Party);
        }
        private const string Manifest = @"
parties:
  - name: Germany
    aliases: [Germany, German, Berlin]
  - name: Switzerland
    aliases: [Switzerland, Swiss, Bern]
" + AccountTestCorpus.Questions;

        private static IncidentClaim Claim(string dateline, string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, Manifest, ("article.txt",
                "Tanker row goes on\n\n" + dateline + ", March 3 - The tanker stayed at anchor off the coast on Friday.\n\n" + sentence + "\n"));
            return corpus.Claims.Single(c => c.Content.StartsWith("the collision was", StringComparison.Ordinal));
        }

        [Fact]
        public void TheClaimOfAPersonAtTheHomeInstitutionInAHomeCityTakesTheHomeSide()
        {
            // before: no side (the city's capital read as a name the manifest does not know)
            var c = Claim("BERLIN", "A senior officer at the army's headquarters in Munich said the collision was an accident.");
            Assert.Equal("Germany", c.Party);
            Assert.Equal("Not deliberate", c.Position);
        }

        [Fact]
        public void TheClaimOfAPersonAtAnInstitutionInAnotherCountrysCityTakesNoSide()
        {
            var c = Claim("BERN", "A senior officer at the army's headquarters in Munich said the collision was an accident.");
            Assert.Null(c.Party);
        }
    }
}
