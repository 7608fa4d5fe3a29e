using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"court documents say", "police records show": a plural of documents with its modifier is a source (texts of its own).</summary>
    public class DocumentPluralSourceTests
    {
        [Theory]
        [InlineData("The bridge had been closed for a week, court documents say.", "court documents")]
        [InlineData("The bridge had been closed for a week, search warrant documents say.", "search warrant documents")]
        [InlineData("The bridge had been closed for a week, council records said.", "council records")]
        [InlineData("Planning records also show the bridge had been closed for a week.", "Planning records")]
        public void APluralOfDocumentsIsTheSource(string text, string source)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Source == source && f.Content.EndsWith("closed for a week"));
        }

        [Theory]
        [InlineData("The bridge had been closed for a week, court documents show.", "court documents")]
        [InlineData("The bridge had been closed for a week, harbour records showed.", "harbour records")]
        [InlineData("But council reports show that the bridge had been closed for a week.", "council reports")]
        public void AVerbOfDocumentsThatCuesNoQuotationEndsThePhrase(string text, string source)
        {
            // "show" cues no quotation: the plural before it is still the phrase's head, and plural ("reports" is a verb's spelling too)
            var found = Run(text);
            Assert.Contains(found, f => f.Source == source && f.Content.EndsWith("closed for a week"));
        }

        [Fact]
        public void AParticipleOfShowingAfterThePluralIsNoVerbOfIt()
        {
            // near miss: "court records showing …" describe the records; they report nothing here
            var found = Run("Court records showing the bridge had been closed for a week were read to the jury.");
            Assert.DoesNotContain(found, f => f.Source != null && f.Source.Contains("records"));
        }

        [Fact]
        public void ItClosesTheContentOfTheReportItWraps()
        {
            // the driver's words end before the documents' own attribution
            var found = Run("The driver told investigators that he had not seen the cyclist, court documents say.");
            Assert.Contains(found, f => f.Source == "The driver" && f.Content == "he had not seen the cyclist");
            Assert.Contains(found, f => f.Source == "court documents");
        }

        [Theory]
        [InlineData("The Harbour Courier reports that the bridge had been closed for a week.", "The Harbour Courier")]
        [InlineData("Okafor reports that the bridge had been closed for a week.", "Okafor")]
        public void TheSameWordAsAVerbAfterANameIsTheVerb(string text, string source)
        {
            // near miss: "reports" after a name is its verb, not a plural noun of the name
            var found = Run(text);
            Assert.Contains(found, f => f.Source == source && f.Cue == "reports" && f.Content == "the bridge had been closed for a week");
        }

        [Fact]
        public void AnAsideAfterTheVerbKeepsTheQuotationItsSpeakers()
        {
            // near miss: "The records show, she said, that “…”": whose words the quotation gives is the aside's question
            var found = Run("Pia Lund has read the council files. The documents indicate, she said in a telephone interview, that ''the harbour board and the council worked hand in hand on the tolls.''");
            Assert.DoesNotContain(found, f => f.Source == "The documents");
        }
    }
}
