using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two shapes of a document and its maker: "A statement issued after the meeting said …" (a participle of publishing and its
    /// phrase after a document hold no subject of their own: the document speaks, not "meeting"), and "sent a letter to the
    /// mayor describing …" (a participle of saying after the one a document is sent to goes on with the sender's words, as right
    /// after the document).
    /// </summary>
    public class PublishedDocumentTests
    {
        private static string? SpeakerOf(string body, string contentStart) =>
            Attributions(body).Single(a => a.Content.StartsWith(contentStart, StringComparison.Ordinal)).Speaker;

        [Theory]
        [InlineData("A statement issued after the meeting said the board would close the pier.")]
        [InlineData("The harbour board met on Monday. A statement released following the session said the board would close the pier.")]
        public void ADocumentsParticipleOfPublishingAndItsPhraseAreTheDocuments(string body)
        {
            Assert.Equal("statement", SpeakerOf(body, "the board would close"));
        }

        [Theory]
        [InlineData("A statement issued Tuesday said the board would close the pier.", "statement", "issued")]
        [InlineData("A statement issued on Tuesday said the board would close the pier.", "statement", "issued")]
        [InlineData("A harbour survey published Friday found the board would close the pier.", "harbour survey", "published")]
        public void ADocumentsParticipleOfPublishingBeforeADaysPhraseIsTheDocuments(string body, string speaker, string participle)
        {
            // the day's phrase is the verb's: the participle ends the words before it, and the document speaks, not the participle;
            // the source still reads through the participle
            var said = Attributions(body).Single(a => a.Content.StartsWith("the board would close", StringComparison.Ordinal));
            Assert.Equal(speaker, said.Speaker);
            Assert.Contains(participle, said.Source, StringComparison.Ordinal);
        }

        [Fact]
        public void AQuotationAfterADocumentIssuedOnADayIsTheDocuments()
        {
            var q = Q(Quotes("A statement issued Tuesday said the board \"deeply regrets the closure\" of the pier."), "deeply regrets");
            Assert.Equal("statement", q.Speaker);
        }

        [Fact]
        public void ABodyThatIssuedADocumentOnADayIsTheSpeaker()
        {
            // near miss: the participle's document is its object, not the subject; the body speaks
            var said = Attributions("The harbour board, which issued a statement Tuesday, said the pier would close.").Single(a => a.Content.StartsWith("the pier", StringComparison.Ordinal));
            Assert.Equal("harbour board", said.Speaker);
        }

        [Fact]
        public void AQuotationAfterADocumentIssuedAfterAMeetingIsTheDocuments()
        {
            var q = Q(Quotes("A statement issued after the meeting said the board \"deeply regrets the closure\" of the pier."), "deeply regrets");
            Assert.Equal("statement", q.Speaker);
        }

        [Fact]
        public void AReportReleasedOnADayAndASecondVerbIsNoReducedRelative()
        {
            // near miss: "and" opens a second verb phrase of the clause's subject, not a phrase of the participle
            var said = Attributions("Lund told the board that Dover had examined the report released on Monday and did not agree with its findings.");
            Assert.DoesNotContain(said, a => a.Speaker == "report");
        }

        [Fact]
        public void ADocumentsMakerAfterByStaysItsMaker()
        {
            // near miss: the participle with "by" is left to the parser, which reads the maker as the document's owner, as after
            // "by" alone ("a statement by the harbour board"): the maker speaks
            var said = Attributions("A statement issued by the harbour board said the pier would close.").Single(a => a.Content.StartsWith("the pier", StringComparison.Ordinal));
            Assert.Equal("harbour board", said.Speaker);
            Assert.Contains("harbour board", said.Source, StringComparison.Ordinal);
        }

        [Fact]
        public void AParticipleAfterTheOneALetterIsSentToReportsTheSender()
        {
            var body = "Ada Lund sent a letter to the prime minister describing the closure as \"reckless and unlawful\".";
            Assert.Equal("Ada Lund", Q(Quotes(body), "reckless and unlawful").Speaker);
            Assert.Contains(Attributions(body), a => a.Speaker == "Ada Lund" && a.Cue == "describing");
        }

        [Fact]
        public void AParticipleAfterANamedAddresseeReportsTheSender()
        {
            Assert.Contains(Attributions("Tom Bell sent a letter to Mayor Ada Lund describing the damage as severe."), a => a.Speaker == "Tom Bell" && a.Cue == "describing");
        }

        [Fact]
        public void AParticipleAfterALetterTheSubjectDidNotSendIsNotTheSubjects()
        {
            // near miss: "found" publishes nothing, so the letter's words are not the finder's
            var said = Attributions("Tom Bell found a letter to the mayor describing the damage as severe.");
            Assert.DoesNotContain(said, a => a.Speaker == "Tom Bell" && a.Content.StartsWith("the damage", StringComparison.Ordinal));
        }
    }
}
