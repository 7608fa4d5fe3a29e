using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides of speakers from descriptions written before the verb (speaker121), on text of the tests' own: a relative clause
    /// inserted between a name and "said" that says what subject the person teaches in a named place ("Dr Karin Solberg, who
    /// teaches maritime law in Bergen, said") is the name's role, as it is after the verb (ReportedSpeech.WithScholarlyRelative,
    /// MentionFacts.TeachesASubjectInAPlace), so its speaker speaks for no side; and a description set off before a name whose
    /// noun takes "of" and a country's political party ("A senator of the ruling Awami National Party, X, took …") gives the
    /// name that party and so its country's side (SpeakerResolution.PoliticalPartyOfRoleBefore), wherever the name stands.
    /// </summary>
    public class Speaker121Tests
    {
        private const string Headline = "Ferries stay in port";

        private const string Dateline = "OSLO -- Ferries stayed in port for a third day.\n\n";

        // ---- a relative clause of a subject taught in a place, before the verb ----

        [Theory]
        [InlineData("Dr Karin Solberg, who teaches maritime law in Bergen, said the ruling would change little. \"No court will hear it,\" she said.")]
        [InlineData("Karin Solberg, who now teaches naval history in Stavanger, said the ruling would change little. \"No court will hear it,\" she said.")]
        public void ATeacherOfASubjectInAPlaceBeforeTheVerbSpeaksForNoSide(string paragraph) =>
            Assert.Equal("Independent", SolbergsParty(paragraph));

        [Theory]
        // near cases: no subject before the place, no place's name, and a clause of another verb
        [InlineData("Karin Solberg, who teaches in Bergen, said the ruling would change little. \"No court will hear it,\" she said.")]
        [InlineData("Karin Solberg, who teaches law in a village school, said the ruling would change little. \"No court will hear it,\" she said.")]
        [InlineData("Karin Solberg, who commands the coast guard in Bergen, said the ruling would change little. \"No court will hear it,\" she said.")]
        public void AnotherClauseBeforeTheVerbGivesNoSideOfNoOne(string paragraph) =>
            Assert.NotEqual("Independent", SolbergsParty(paragraph));

        /// <summary>The party of the quotation "No court will hear it", after asserting that Karin Solberg said it.</summary>
        internal static string? SolbergsParty(string paragraph)
        {
            var qs = Quotes(Headline, Dateline + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Karin Solberg", Q(qs, "No court will hear it").Speaker);
            return Q(qs, "No court will hear it").Party;
        }

        // ---- a description of a political party's office-holder set off before a name ----

        [Theory]
        [InlineData("A senator of the ruling Awami National Party, Gulnar Khan Afridi, took a softer line on the report.")]
        [InlineData("A leader of the ANP, Gulnar Khan Afridi, took a softer line on the report.")]
        public void AnOfficeOfAPartySetOffBeforeANameGivesItsCountrysSide(string first)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, first, "\"Our posts never fired first,\" he said.");
            var quote = corpus.Claims.First(c => c.Speaker == "Gulnar Khan Afridi" && c.Rule == "QuoteThenCue");
            Assert.Equal("Pakistan", quote.Party);
        }

        [Theory]
        // near cases: a party's rank and file, a party named by no name, and a noun in the plural
        [InlineData("A worker of the Awami National Party, Gulnar Khan Afridi, took a softer line on the report.")]
        [InlineData("A senator of the ruling party, Gulnar Khan Afridi, took a softer line on the report.")]
        [InlineData("Two senators of the Awami National Party, Gulnar Khan Afridi and Sher Ali Wazir, took a softer line on the report.")]
        public void ARankAndFileOrAnUnnamedPartyGivesNoSide(string first)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, first, "\"Our posts never fired first,\" he said.");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Gulnar Khan Afridi" && c.Party == "Pakistan");
        }
    }
}
