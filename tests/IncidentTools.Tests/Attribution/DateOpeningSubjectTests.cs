using System.Collections.Generic;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "In January the Harbour Board issued a reply. “…,” it said.": a date phrase that opens a sentence with no comma
    /// after it ("In January", "On Monday", "In late March 2012") does not hide the sentence's subject, so a later "it"
    /// stands for that subject, not for an earlier speaker of another side. Texts written for these tests.
    /// </summary>
    public class DateOpeningSubjectTests
    {
        /// <summary>Two invented sides, shared with <see cref="TurnLabelSubjectTests"/>.</summary>
        internal static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian" }, organisations: new[] { "Harbour Board" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian" }, organisations: new[] { "Bordurian Navy" }),
        };

        internal static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        [Theory]
        [InlineData("In January the Harbour Board issued a reply.")]
        [InlineData("On Monday the Harbour Board issued a reply.")]
        [InlineData("In late March 2012 the Harbour Board issued a reply.")]
        public void ItStandsForTheSubjectAfterADateWithNoComma(string opening)
        {
            var quotes = Quotes("The Bordurian Navy said the ferries had been warned.\n\n" + opening + " “The ferries were never warned,” it said.");
            var q = QuoteTestText.Q(quotes, "The ferries were never warned");
            Assert.Equal("Ruritania", q.Party);
        }

        [Theory]
        [InlineData("In January the Harbour Board issued a reply.", "the")]
        [InlineData("On Monday Ruritania closed the port.", "Ruritania")]
        public void ADateBeforeASubjectEndsAtTheSubject(string sentence, string subject)
        {
            var tk = Tokenizer.Tokenize(sentence, System.Array.Empty<QuotationSpan>());
            var at = Clauses.CalendarOpeningEnd(tk, 0, tk.Count);
            Assert.NotNull(at);
            Assert.Equal(subject, tk[at!.Value].Text);
        }

        [Theory]
        // no date after the preposition; a date owned by a noun ("Monday's reply"); a date that runs into a lower-case word
        [InlineData("In the harbour the board issued a reply.")]
        [InlineData("In Monday's reply the board said nothing.")]
        [InlineData("On Monday issued replies were read.")]
        public void NoSubjectAfterWhatIsNoDatePhrase(string sentence)
        {
            var tk = Tokenizer.Tokenize(sentence, System.Array.Empty<QuotationSpan>());
            Assert.Null(Clauses.CalendarOpeningEnd(tk, 0, tk.Count));
        }
    }
}
