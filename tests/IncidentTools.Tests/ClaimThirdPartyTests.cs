using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers who are no side of the dispute though their words name a side's place (accounts75): one who works at a body of
    /// research or teaching (organisation-words.txt 'research': "a specialist at a Northland think tank", "a political scientist
    /// at the University of Southland") speaks for no state, so takes the manifest's party of no side, or none; an envoy of a
    /// region or a bloc ("a Western diplomat", "one European diplomat"; words.txt 'bloc') is a foreign observer, of the party
    /// that stands for the others, or of none. The speaker resolver and the claims read both alike. Sentences of the tests' own.
    /// </summary>
    public class ClaimThirdPartyTests
    {
        private const string Observers = @"
  - name: Observers
    others: true
    people: [Ivo Lund]
";

        private static IncidentClaim Claim(string sentence, bool withObservers = true)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + (withObservers ? Observers : "") + AccountTestCorpus.Questions,
                "NORTHGATE, May 4 - Shelling at Kestrel Pass killed nine people on Friday.", sentence);
            return corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
        }

        [Theory]
        [InlineData("Mara Holt, a security specialist at a Northland research institute, said the shelling was deliberate.", "Mara Holt")]
        [InlineData("Mara Holt, a political scientist at the University of Southland, said the shelling was deliberate.", "Mara Holt")]
        [InlineData("Mara Holt, a lecturer at the Northland Institute of Peace Studies, said the shelling was deliberate.", "Mara Holt")]
        [InlineData("A political scientist at a Northern university said the shelling was deliberate.", "political scientist at a Northern university")]
        public void OneAtABodyOfResearchSpeaksForNoState(string sentence, string speaker)
        {
            var claim = Claim(sentence);
            Assert.Equal(speaker, claim.Speaker);
            Assert.Equal("Observers", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void OneAtABodyOfResearchIsOfNoPartyWhenTheManifestHasNoneForThem()
        {
            var claim = Claim("Mara Holt, a security specialist at a Northland research institute, said the shelling was deliberate.", withObservers: false);
            Assert.Null(claim.Party);
        }

        [Theory]
        // the near misses: an employer that is a body of the state, a centre that is no body of research, one who speaks for an
        // institution, a word of teaching that heads no employer
        [InlineData("Mara Holt, a military specialist at the Northern Army, said the shelling was deliberate.", "Northland")]
        [InlineData("An adviser at the Foreign Office said the shelling was deliberate.", "Southland")]
        [InlineData("Mara Holt, a specialist at a coordination centre in Northland, said the shelling was deliberate.", "Northland")]
        [InlineData("Mara Holt, a Northern official at the university, said the shelling was deliberate.", "Northland")]
        [InlineData("Mara Holt, a specialist on university fees at the Interior Ministry, said the shelling was deliberate.", "Northland")]
        public void AStateEmployerOrAnOfficialKeepsTheSide(string sentence, string party)
        {
            Assert.Equal(party, Claim(sentence).Party);
        }

        [Theory]
        [InlineData("One European diplomat said the shelling was deliberate.")]
        [InlineData("A Western diplomat in Northland said the shelling was deliberate.")]
        [InlineData("Mara Holt, a Western diplomat, said the shelling was deliberate.")]
        public void AnEnvoyOfABlocIsAForeignObserver(string sentence)
        {
            Assert.Equal("Observers", Claim(sentence).Party);
        }

        [Theory]
        // the near misses: an envoy of a side, one of a bloc whose state is named, and one of a bloc when no party stands for the others
        [InlineData("A Northern diplomat said the shelling was deliberate.", true, "Northland")]
        [InlineData("A Western diplomat from Southland said the shelling was deliberate.", true, "Southland")]
        [InlineData("One European diplomat said the shelling was deliberate.", false, null)]
        public void AnEnvoyOfASideOrOfNoOthersPartyIsNoForeignObserver(string sentence, bool withObservers, string? party)
        {
            Assert.Equal(party, Claim(sentence, withObservers).Party);
        }

        [Fact]
        public void AQuotationOfAnAnalystAtAThinkTankTakesNoStatesSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + Observers + AccountTestCorpus.Questions,
                "NORTHGATE, May 4 - Shelling at Kestrel Pass killed nine people on Friday.",
                "\"Nobody will give ground before the vote,\" said Mara Holt, a security specialist at a Northland think tank.");
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("Nobody will give ground", System.StringComparison.Ordinal));
            Assert.Equal("Mara Holt", quote.Speaker);
            Assert.Equal("Observers", quote.Party);
        }
    }
}
