using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A body within an institution ("the army's press wing", "the military's press office") speaks for the side the
    /// institution alone would ("the army said"): its possessive names the institution, as a possessive before a document
    /// names its author. A possessive that names no institution ("the festival's press office") gives no side.
    /// </summary>
    public class InstitutionBodyPartyTests
    {
        private static IncidentClaim Single(IncidentCorpus corpus, string textStart) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal));

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("The army's press wing said the shelling had been deliberate.")]
        [InlineData("The army's press office said the shelling had been deliberate.")]
        public void ABodyOfTheInstitutionSpeaksForItsSide(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Northern Army said the talks had failed.", sentence);
            var claim = Single(corpus, sentence.Substring(0, 20));
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Theory]
        [InlineData("the army's press wing", "Northland")]
        [InlineData("the festival's press office", null)]
        public void TheQuotedBodysSideIsTheInstitutions(string body, string? party)
        {
            // a quotation's speaker carries only the side the speaker resolution gives (a claim also takes the side named before)
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Northern Army said the talks had failed.", "\u201cThe shelling was deliberate,\u201d " + body + " said.");
            var quote = Assert.Single(corpus.Quotes);
            Assert.Equal(party, quote.Party);
        }
    }
}
