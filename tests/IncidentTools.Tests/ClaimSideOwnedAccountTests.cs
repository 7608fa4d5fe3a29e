using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "The Swedish army dismissed the Danish suggestion that …": the account a country's adjective owns is that country's side's
    /// position, never the sentence's speaker's; the speaker's rejection stays its own claim, and a bare "the statement" after
    /// it still speaks for the speaker's side. Texts of the tests' own.
    /// </summary>
    public class ClaimSideOwnedAccountTests
    {
        private const string Manifest = @"
parties:
  - name: Denmark
    aliases: [Denmark, Danish, Danes]
  - name: Sweden
    aliases: [Sweden, Swedish, Swedes]
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Sweden fired first
        cues:
          - ""{Sweden} fired first""
      - label: Denmark fired first
        cues:
          - ""{Denmark} fired first""
          - {text: ""{self} fired first"", party: Denmark}
";

        [Fact]
        public void TheOwnersSideTakesTheAccountAndTheSpeakerKeepsItsRejection()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "The Swedish army dismissed the Danish suggestion that Sweden fired first.",
                "\"Nothing of the kind happened,\" the statement said.");
            var danish = corpus.Claims.Single(c => c.Rule == "OwnedStatement");
            Assert.Equal("Denmark", danish.Party);
            Assert.Equal("Sweden fired first", danish.Position);
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Sweden" && c.Position == "Sweden fired first" && !c.Negated);
            Assert.Equal("Sweden", corpus.Quotes.Single().Party);
        }

        [Fact]
        public void APronounInTheOwnedAccountTakesNoSide()
        {
            // "its" may be the owner's side or the side the sentence just named: no position rather than a guess
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "The Swedish army dismissed the Danish claim that its soldiers fired first.");
            Assert.Contains(corpus.Claims, c => c.Rule == "OwnedStatement" && c.Party == "Denmark");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Denmark" && c.Position != null);
        }
    }
}
