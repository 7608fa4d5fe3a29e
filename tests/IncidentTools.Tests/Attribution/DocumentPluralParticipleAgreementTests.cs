using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// attr133: a plural document's noun with a reduced relative after it, "Records obtained by the paper show …", "Emails
    /// released on Monday show …": the past participle opens the noun's postmodifier, so the plural noun, not the last word
    /// of the phrase ("paper", "Monday"), decides the number the base form "show" agrees with (ReportedSpeech.Agrees,
    /// IsPluralBeforePostmodifier). A document's plural is one even where a verb shares its spelling ("emails"). Not a
    /// singular subject with a base form ("The ferry obtained by the council show …" stays no report). Sentences of the tests' own.
    /// </summary>
    public class DocumentPluralParticipleAgreementTests
    {
        private const string Head = "Harbour levy divides the coast\n\n";

        [Theory]
        [InlineData("Records obtained by the Harbour Gazette show the board paid the dredging firm twice.", "paid the dredging firm twice", "ecords")]
        [InlineData("Emails obtained by the paper show the mayor knew of the leak in May.", "knew of the leak", "mails")]
        [InlineData("Documents reviewed by the Harbour Gazette show that the fees were never collected.", "fees were never collected", "ocuments")]
        [InlineData("Emails from the mayor's office show that the ferry contract was signed in March.", "ferry contract was signed", "mails")]
        public void APluralDocumentWithItsParticipleShowsWhatItHolds(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Speaker != null && c.Speaker.Contains(source) && c.Content.Contains(content));
        }

        [Theory]
        [InlineData("The ferry obtained by the council show a dent in its hull.")]
        [InlineData("The record set by the crew show how fast the boat was.")]
        public void ASingularSubjectStillTakesNoBaseForm(string sentence)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && (c.Speaker.Contains("ferry") || c.Speaker.Contains("council") || c.Speaker.Contains("record") || c.Speaker.Contains("crew")));
        }
    }
}
