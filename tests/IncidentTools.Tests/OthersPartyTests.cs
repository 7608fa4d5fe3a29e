using System.Linq;
using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A manifest's party with <c>others: true</c> stands for every country no other party names: a third country's minister
    /// speaks for it, not for a party named after that country (texts and manifests of the tests' own).
    /// </summary>
    public class OthersPartyTests
    {
        private const string Story =
            "Sweden said on Monday that its harbour was shelled first. Norwegian Foreign Minister Kari Holm called the shelling \"a grave mistake.\"";

        private static PartyDefinition[] Sides(bool others) => new[]
        {
            new PartyDefinition("Northern side", aliases: new[] { "Sweden", "Swedish", "Stockholm" }),
            new PartyDefinition("Southern side", aliases: new[] { "Denmark", "Danish", "Copenhagen" }),
            new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", others),
        };

        [Fact]
        public void AThirdCountrysMinisterSpeaksForThePartyOfTheOthers()
        {
            var quote = Q(Quotes("Harbour shelling", Story, Sides(others: true)), "a grave mistake");
            Assert.Equal("Kari Holm", quote.Speaker);
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void WithoutTheFlagTheCountryIsItsOwnParty()
        {
            // the near miss: no party stands for the others, so the country table's name stays
            var quote = Q(Quotes("Harbour shelling", Story, Sides(others: false)), "a grave mistake");
            Assert.Equal("Norway", quote.Party);
        }

        [Fact]
        public void ACountryOfAPartyStaysThatParty()
        {
            var quote = Q(Quotes("Harbour shelling", "Sweden said on Monday that its harbour was shelled first. Danish Foreign Minister Ivo Maris called the shelling \"self-defence.\"", Sides(others: true)), "self-defence");
            Assert.Equal("Southern side", quote.Party);
        }

        [Fact]
        public void TheManifestReadsTheFlagAndTheCheckerRejectsABadOneOrASecond()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Some article text.\n");
            var good = folder.Write("corpus.yaml", "parties:\n  - name: Ruritania\n    aliases: [Ruritania]\n  - name: Independent\n    others: yes\n");
            var manifest = ManifestReader.Read(good);
            Assert.False(manifest.Parties[0].Others);
            Assert.True(manifest.Parties[1].Others);
            Assert.Empty(ManifestValidator.Validate(good));

            var bad = folder.Write("corpus.yaml", "parties:\n  - name: Ruritania\n    others: maybe\n  - name: Independent\n    others: true\n  - name: Neutral\n    others: true\n");
            var issues = ManifestValidator.Validate(bad);
            Assert.Equal(new[] { (3, "NotTrueOrFalse"), (7, "DuplicateOthers") }, issues.Select(i => (i.Line, i.Code)).ToArray());
        }
    }
}
