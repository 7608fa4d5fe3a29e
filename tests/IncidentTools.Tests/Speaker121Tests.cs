using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides of speakers from descriptions written before the verb (speaker121), on text of the tests' own: a relative clause
    /// inserted between a name and "said" that says what subject the person teaches in a named place ("Dr Karin Solberg, who
    /// teaches maritime law in Bergen, said") is the name's role, as it is after the verb (ReportedSpeech.WithScholarlyRelative,
    /// MentionFacts.TeachesASubjectInAPlace), so its speaker speaks for no side.
    /// </summary>
    public class Speaker121Tests
    {
        private const string Headline = "Ferries stay in port";

        private const string Dateline = "OSLO -- Ferries stayed in port for a third day.\n\n";

        // ---- a relative clause of a subject taught in a place, before the verb ----

        [Theory]
        [InlineData("Dr Karin Solberg, who teaches maritime law in Bergen, said the ruling would change little. \"No court will hear it,\" she said.")]
        [InlineData("Karin Solberg, who now teaches naval history in Stavanger, said the ruling would change little. \"No court will hear it,\" she said.")]
        public void ATeacherOfASubjectInAPlaceBeforeTheVerbSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes(Headline, Dateline + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Karin Solberg", Q(qs, "No court will hear it").Speaker);
            Assert.Equal("Independent", Q(qs, "No court will hear it").Party);
        }

        [Theory]
        // near cases: no subject before the place, no place's name, and a clause of another verb
        [InlineData("Karin Solberg, who teaches in Bergen, said the ruling would change little. \"No court will hear it,\" she said.")]
        [InlineData("Karin Solberg, who teaches law in a village school, said the ruling would change little. \"No court will hear it,\" she said.")]
        [InlineData("Karin Solberg, who commands the coast guard in Bergen, said the ruling would change little. \"No court will hear it,\" she said.")]
        public void AnotherClauseBeforeTheVerbGivesNoSideOfNoOne(string paragraph)
        {
            var qs = Quotes(Headline, Dateline + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Karin Solberg", Q(qs, "No court will hear it").Speaker);
            Assert.NotEqual("Independent", Q(qs, "No court will hear it").Party);
        }
    }
}
