using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Mention parsing: a capitalised modal ("Will", "May") right before an inflected reporting verb is a name, since a
    /// modal takes the base form; before a subject or a base form it stays the modal.
    /// </summary>
    public class ModalNameTests
    {
        private const string Columnist = "The ferry columnist Harriet Will criticised the harbour board this week.\n\n";

        [Fact]
        public void AModalBeforeAnInflectedCueIsTheSurname()
        {
            var quotes = Quotes(Columnist + "“The board has lost its way,” Will wrote.");
            Assert.Equal("Harriet Will", Q(quotes, "The board has lost").Speaker);
        }

        [Fact]
        public void AModalNameAfterAnOpeningPhraseTakesTheQuote()
        {
            var quotes = Quotes(Columnist + "Instead, Will urged the council to keep “the oldest crossing in the north.”");
            var q = Q(quotes, "the oldest crossing");
            Assert.Equal("Harriet Will", q.Speaker);
            Assert.Equal("Will", q.SpeakerMention);
        }

        [Fact]
        public void AModalBeforeASubjectOrABaseFormStaysTheModal()
        {
            var quotes = Quotes(Columnist + "“Will the board say sorry?” a ferry pilot asked.\n\n“Will say nothing, as usual,” a deckhand replied.");
            Assert.Equal("ferry pilot", Q(quotes, "Will the board").Speaker);
            Assert.Equal("deckhand", Q(quotes, "Will say nothing").Speaker);
        }
    }
}
