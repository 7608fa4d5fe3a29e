using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A word is not cut inside at an accent written as a mark of its own (decomposed text: "Pen\u0303a"), nor at the second
    /// character of a letter whose UTF-8 bytes a page turned into two Latin-1 characters ("PeÃ±a", and twice over,
    /// "SarukhÃ\u0083Â¡n"): a name written so stays one name, and a quotation it speaks gets its speaker.
    /// </summary>
    public class WordInteriorTests
    {
        private static string[] Words(string text) =>
            Tokenizer.Tokenize(text, QuotationScanner.Scan(text)).Where(t => t.IsWord).Select(t => t.Text).ToArray();

        [Theory]
        [InlineData("Mayor Ana Pen\u0303a spoke.", "Pen\u0303a")]
        [InlineData("Mayor Ana Pe\u00C3\u00B1a spoke.", "Pe\u00C3\u00B1a")]
        [InlineData("Mayor Ana PeA\u0303\u00B1a spoke.", "PeA\u0303\u00B1a")]
        [InlineData("Envoy Luis Sarukh\u00C3\u0083\u00C2\u00A1n spoke.", "Sarukh\u00C3\u0083\u00C2\u00A1n")]
        [InlineData("Prosecutor Marc Tr\u00C3\u00A9ville spoke.", "Tr\u00C3\u00A9ville")]
        public void AnAccentWrittenApartOrMisreadStaysInItsWord(string text, string word)
        {
            var words = Words(text);
            Assert.Contains(word, words);
            Assert.Equal(4, words.Length);
        }

        [Fact]
        public void AMisreadNoBreakSpaceStillPartsTheWords()
        {
            // "Â" and a no-break space: the page's no-break space, read as Latin-1; it stays a blank between the words
            Assert.Contains("mayor", Words("the\u00C2\u00A0mayor spoke."));
            // a symbol after a letter that leads no misread letter is no part of the word
            Assert.Contains("harbour", Words("the harbour\u00A9 spoke."));
        }

        [Theory]
        [InlineData("\u201CWe will rebuild the quay this year,\u201D said Mayor Ana Pe\u00C3\u00B1a.", "Mayor Ana Pe\u00C3\u00B1a")]
        [InlineData("\u201CWe will rebuild the quay this year,\u201D Mayor Ana Pen\u0303a said on Friday.", "Mayor Ana Pen\u0303a")]
        [InlineData("\u201CThere is a clear need for the harbour board to act,\u201D Sarukh\u00C3\u0083\u00C2\u00A1n added.", "Sarukh\u00C3\u0083\u00C2\u00A1n")]
        [InlineData("But as harbour prosecutor Marc Tr\u00C3\u00A9ville put it, \u201Capart from some fishing there was not much to complain about.\u201D", "harbour prosecutor Marc Tr\u00C3\u00A9ville")]
        public void TheQuotationOfANameWrittenSoHasItsSpeaker(string body, string mention)
        {
            var quotes = QuoteTestText.Quotes("Quay to be rebuilt", body, null);
            var quote = Assert.Single(quotes);
            Assert.Equal(mention, quote.SpeakerMention);
        }
    }
}
