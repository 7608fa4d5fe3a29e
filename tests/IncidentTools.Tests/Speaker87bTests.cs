using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers of set 87's patterns (fix87b), on text of the tests' own: a person named as the subject of the sentence just
    /// before by a title and a surname ("Mayor Ruiz, speaking at City Hall, apologized.") is the "he" of the quotation that
    /// follows, as one named in full is (SpeakerResolver.ResolvePronoun, subjectJustBefore); the department of a title's "of"
    /// before a name that opens with a given name ("Director of Public Works Peter Lund") is the title's, not the name's
    /// (MentionParser.DepartmentOfTitleEnd); and a question of the writer's reports no one's words, so the quotation after it
    /// is not its subject's (AfterReportedSpeech).
    /// </summary>
    public class Speaker87bTests
    {
        private const string Headline = "Bridge stays closed";

        private const string Dateline = "EASTON, May 3 -- The old bridge stayed closed for a second week.\n\n";

        [Theory]
        [InlineData("Mayor Ruiz, speaking at City Hall, again apologized to the residents.")]
        [InlineData("Mayor Ruiz apologized to the residents on Monday.")]
        public void ATitledSurnameAsTheSubjectJustBeforeIsTheHe(string sentence)
        {
            var qs = Quotes(Headline, Dateline +
                "Chief engineer Peter Lund said the cracks had been found in May. \"We are checking every beam,\" he said.\n\n" +
                sentence + " \"I have already apologized to the families, and I do so again,\" he said.", null);
            Assert.Equal("Peter Lund", Q(qs, "We are checking").Speaker);
            Assert.Equal("Ruiz", Q(qs, "I have already apologized").Speaker);
        }

        [Theory]
        [InlineData("The bridge was closed, Director of Public Works Peter K. Lund said.", "Peter K. Lund")]
        [InlineData("The bridge was closed, Mayor Ana Ruiz and Director of Public Works Peter Lund said.", "Peter Lund")]
        [InlineData("The bridge was closed, Commissioner of Roads and Bridges Peter Lund said.", "Peter Lund")]
        public void TheDepartmentOfATitlesOfIsNoPartOfTheName(string first, string name)
        {
            var qs = Quotes(Headline, Dateline + first + " Lund said the cracks were new. \"We are checking every beam,\" he said.", null);
            Assert.Equal(name, Q(qs, "We are checking").Speaker);
        }

        [Fact]
        public void WithoutAGivenNameTheWordsAfterOfStayTheName()
        {
            // near case: no given name opens the name, so where the department ends cannot be told; the run is read as before
            var qs = Quotes(Headline, Dateline + "The bridge was closed, Director of Works Halvorsen Brekke said. \"We are checking every beam,\" Brekke said.", null);
            Assert.EndsWith("Brekke", Q(qs, "We are checking").Speaker);
        }

        [Fact]
        public void TheAnswerAfterTheWritersQuestionIsNotItsSubjects()
        {
            var qs = Quotes(Headline, Dateline +
                "A senior engineer, who asked not to be named, says the city has never changed its account. \"The beams were sound. I saw them myself,\" he says. " +
                "Did the inspectors know the cracks were there? \"I will leave that to the inquiry.\"", null);
            Assert.NotEqual("inspectors", Q(qs, "I will leave that").Speaker);
        }

        [Fact]
        public void AQuotationAfterReportedSpeechStillFollowsIt()
        {
            // near case: a statement, no question, before the quotation keeps the rule's reading
            var qs = Quotes(Headline, Dateline +
                "The board may wait until spring, Inspector Mira Holt said. \"The beams will not last another winter.\"", null);
            Assert.Equal("Mira Holt", Q(qs, "The beams will not last").Speaker);
        }
    }
}
