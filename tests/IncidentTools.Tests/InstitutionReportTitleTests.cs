using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A bare office title ("the president", "the minister") that opens what an institution reports ("the Interior Ministry said
    /// the president had made clear that …") stands for the institution's own holder: the clause is the institution's report,
    /// never a report of the last person named with that title, who may be the other country's holder (speaker-nouns.txt
    /// 'office'). Sentences of the tests' own, both countries in both orders.
    /// </summary>
    public class InstitutionReportTitleTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("Northern President Lena Voss telephoned Southern President Omar Diaz on Sunday.", "Interior Ministry", "Northland")]
        [InlineData("Southern President Omar Diaz telephoned Northern President Lena Voss on Sunday.", "Interior Ministry", "Northland")]
        [InlineData("Northern President Lena Voss telephoned Southern President Omar Diaz on Sunday.", "Foreign Office", "Southland")]
        [InlineData("Southern President Omar Diaz telephoned Northern President Lena Voss on Sunday.", "Foreign Office", "Southland")]
        public void TheTitleInsideAnInstitutionsReportIsTheInstitutions(string call, string body, string side)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, call,
                $"In an account of the call, the {body} said the president had made clear that the shelling was an accident.");
            var claims = corpus.Claims.Where(c => c.Content.Contains("the shelling was an accident")).ToList();
            var claim = Assert.Single(claims);
            Assert.Equal(body, claim.Speaker);
            Assert.Equal(side, claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void AMinisterAfterThatInAnOfficesReportIsNoReportOfItsOwn()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Northern Foreign Minister Lena Voss met Southern Foreign Minister Omar Diaz.",
                "The Foreign Office said that the foreign minister had told Voss the shelling was an accident.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland");
            Assert.Contains(corpus.Claims, c => c.Speaker == "Foreign Office" && c.Party == "Southland" && c.Position == "Not deliberate");
        }

        [Fact]
        public void APersonsReportOfTheTitleKeepsItsOwnReport()
        {
            // the near miss: a person, not an institution, reports what the president said: the inner report stays
            using var folder = new TempFolder();
            var corpus = Load(folder, "Northern President Lena Voss spoke on Sunday.",
                "Anna Berg said the president had made clear that the shelling was an accident.");
            Assert.Contains(corpus.Claims, c => c.Cue == "made clear" && c.Speaker == "Lena Voss");
        }
    }
}
