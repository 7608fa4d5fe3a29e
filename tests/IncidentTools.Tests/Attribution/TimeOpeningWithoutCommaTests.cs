using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A phrase of time that closes on "ago", "later" or "earlier" and opens the sentence with no comma after it ("A few days ago
    /// he blasted the council for being “…”"): the subject after it is the speaker, as after the same phrase with its comma.
    /// </summary>
    public class TimeOpeningWithoutCommaTests
    {
        [Theory]
        [InlineData("Tom Reyes runs the ferry company. A few days ago he blasted the harbour board for being “utterly reckless.”", "he")]
        [InlineData("Tom Reyes runs the ferry company. Two weeks later he called the new timetable “a disaster for the islands.”", "he")]
        [InlineData("The board met on Monday. Three days later Tom Reyes called the new timetable “a disaster for the islands.”", "Tom Reyes")]
        [InlineData("Tom Reyes runs the ferry company. A week ago in a radio interview he called the timetable “a disaster.”", "he")]
        public void TheSubjectAfterTheTimePhraseSpeaks(string text, string mention)
        {
            var q = Quotes(text).Single();
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void APrepositionalPhraseThatEndsOnATimeWithItsCommaKeepsItsSubject()
        {
            var q = Quotes("The board met on Monday. In a radio interview later that day, Tom Reyes went further: “The timetable is a disaster.”").Single();
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void TheSameSentenceWithItsCommaIsReadAlike()
        {
            var q = Quotes("Tom Reyes runs the ferry company. A few days ago, he blasted the harbour board for being “utterly reckless.”").Single();
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Theory]
        // a verb right after the phrase: the phrase is the subject, nothing is skipped
        [InlineData("A week later is too late for the islands")]
        // a date word after the phrase is no subject
        [InlineData("Two days later Monday brought more storms")]
        // a phrase that a preposition opens, closed by its comma: the comma ends it, not "later"
        [InlineData("In a radio interview later that day, Lund said so")]
        // no amount of time before "later"
        [InlineData("The board later that day said so")]
        public void NoSubjectAfterThePhraseSkipsNothing(string sentence)
        {
            var text = sentence + ".";
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            Assert.Null(Clauses.TimeOpeningEnd(tk, 0, tk.Count));
        }

        [Theory]
        [InlineData("A few days ago he said so", 4)]
        [InlineData("Two weeks later the board said so", 3)]
        [InlineData("Hours earlier Lund said so", 2)]
        [InlineData("A week ago in an interview he said so", 3)]
        public void ThePhraseEndsBeforeTheSubject(string sentence, int subject)
        {
            var text = sentence + ".";
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            Assert.Equal(subject, Clauses.TimeOpeningEnd(tk, 0, tk.Count));
        }
    }
}
