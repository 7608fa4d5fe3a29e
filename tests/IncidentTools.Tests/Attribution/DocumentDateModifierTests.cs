using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A month or a day before a document's noun says when the document came out, not who wrote it: "The March statement" is a
    /// statement, not a speaker "March", while capitalised words of a name before the noun still name its author ("The Harbour
    /// Board statement"). Texts of the tests' own.
    /// </summary>
    public class DocumentDateModifierTests
    {
        private const string Before = "The ferry company and the harbour board argued over the collision for months. ";

        [Theory]
        [InlineData("The March statement ended the dispute by expressing regret for the “errors” of both crews.")]
        [InlineData("The Tuesday statement ended the dispute by expressing regret for the “errors” of both crews.")]
        public void AMonthOrADayBeforeADocumentNounSaysWhenNotWho(string sentence)
        {
            var quote = QuoteTestText.Q(QuoteTestText.Quotes("Ferry row ends", Before + sentence, null), "errors");
            Assert.NotNull(quote.Speaker);
            Assert.EndsWith("statement", quote.Speaker);
        }

        [Fact]
        public void TheCapitalisedNameOfABodyBeforeADocumentNounIsItsAuthor()
        {
            // the near miss: a body's name before the noun is who issued it
            var quote = QuoteTestText.Q(QuoteTestText.Quotes("Ferry row ends", Before + "The Harbour Board statement ended the dispute by expressing regret for the “errors” of both crews.", null), "errors");
            Assert.Equal("Harbour Board", quote.Speaker);
        }
    }
}
