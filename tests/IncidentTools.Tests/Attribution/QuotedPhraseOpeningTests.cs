using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An opening phrase ("In an interview on …,", "From his speech … to his call for …,") that closes on a quotation with the
    /// writer's comma inside the marks ends there: the capitalised subject after it is the speaker of what its verb introduces.
    /// A quotation inside the phrase without that comma does not end it. Invented harbour people and shows.
    /// </summary>
    public class QuotedPhraseOpeningTests
    {
        private const string Headline = "Harbour levy divides the town";

        [Theory]
        [InlineData("In an interview on Radio Corran’s “Harbour Hour,” Mayor Ada Lund called the levy “a fair price for a safe pier.”", "a fair price", "Mayor Ada Lund")]
        [InlineData("From her “long winter” speech at the pier to her call for a new “harbour fund,” Lund described the levy as a “fair deal.”", "fair deal", "Lund")]
        public void TheSubjectAfterThePhraseIsTheSpeaker(string body, string quote, string mention)
        {
            var qs = Quotes(Headline, body, null);
            Assert.Equal(mention, Q(qs, quote).SpeakerMention);
        }

        [Theory]
        [InlineData("In an interview on Radio Corran’s “Harbour Hour,” Mayor Ada Lund called the levy “a fair price for a safe pier.”", "Harbour Hour")]
        [InlineData("From her “long winter” speech at the pier to her call for a new “harbour fund,” Lund described the levy as a “fair deal.”", "long winter")]
        public void TheQuotationsInThePhraseAreNotTheSubjectsWords(string body, string quote) =>
            Assert.NotEqual("Lund", Q(Quotes(Headline, body, null), quote).SpeakerMention?.Replace("Mayor Ada ", ""));
    }
}
