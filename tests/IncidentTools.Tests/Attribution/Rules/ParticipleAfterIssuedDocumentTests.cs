using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Participial with no comma before the participle: right after a document that the subject publishes ("released a
    /// statement saying …", "sent out a fundraising email Tuesday saying that …"), the participle reports what the subject
    /// says; a document that is another's ("Ortiz's letter saying", "cited a council memo saying") or that the subject only
    /// hands on ("provided a statement saying") reports nothing of the subject's.
    /// </summary>
    public class ParticipleAfterIssuedDocumentTests
    {
        [Theory]
        [InlineData("The harbour board released a statement saying the pier would reopen in May.", "The harbour board", "saying", "the pier would reopen in May")]
        [InlineData("Mayor Lena Ortiz issued a statement Tuesday saying that the ferry would run on Sundays.", "Mayor Lena Ortiz", "saying", "the ferry would run on Sundays")]
        [InlineData("Her campaign sent out a fundraising email stressing the cost of the new bridge.", "Her campaign", "stressing", "the cost of the new bridge")]
        [InlineData("The union published a report detailing the damage to the old cables.", "The union", "detailing", "the damage to the old cables")]
        // a participle of naming right after the document: what the document calls its object (branch accounts137)
        [InlineData("The ferry union issued a response calling the harbour board's plan reckless.", "The ferry union", "calling", "the harbour board's plan reckless")]
        [InlineData("Two councillors published a letter branding the pier contract a giveaway.", "Two councillors", "branding", "the pier contract a giveaway")]
        public void ThePublisherSaysWhatItsDocumentSays(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new Participial()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // the participle of naming after a comma, not after the document: the subject's own act as often as a report
        [InlineData("The ferry union met on Tuesday, calling the strike off for a week.")]
        // another's document, as for the verbs of speech
        [InlineData("Mayor Lena Ortiz mocked Tomas Reyes's letter calling the pier unsafe.")]
        public void ANamingParticipleNotRightAfterAPublishedDocumentReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new Participial()));

        [Theory]
        // another's document: its owner, not the subject, says it
        [InlineData("Mayor Lena Ortiz mocked Tomas Reyes's letter saying the pier was safe.")]
        [InlineData("Mayor Lena Ortiz cited a council memo saying the pier was safe.")]
        // handed on, not published: the statement may be anyone's
        [InlineData("The harbour board provided a signed statement saying the pier was safe.")]
        // no one publishes it
        [InlineData("The old pier carries a sign warning of deep water below.")]
        public void ADocumentTheSubjectDoesNotPublishReportsNothingOfTheSubjects(string sentence) =>
            Assert.Empty(Run(sentence, new Participial()));

        [Theory]
        // a new clause with a subject of its own that reports by a verb of its own, after the content's comma, is not the content
        [InlineData("Tomas Reyes released a brief statement denying the claims, and Ada Lund said she would sue.", "the claims")]
        [InlineData("The board gave the mayor some credit, saying she had kept the ferry running, but he warned that the vote was close.", "she had kept the ferry running")]
        // no comma: the content goes on ("and" joins two things said)
        [InlineData("The board released a statement saying the pier was safe and the ferry would run.", "the pier was safe and the ferry would run")]
        public void TheContentEndsBeforeANewClause(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new Participial()));
            Assert.Equal(content, f.Content);
        }
    }
}
