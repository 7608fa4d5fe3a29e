using System.Linq;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "… in the U.S. He says …", "… close at 7 p.m. She says …": an abbreviation's full stop followed by "He", "She",
    /// "It" or "They" written with a capital ends the sentence, so the pronoun's cue is its own sentence's, not the
    /// subject's of the sentence before. A title ("Mr.") and a capitalised word that is no pronoun do not end it.
    /// </summary>
    public class AbbreviationThenPronounTests
    {
        /// <summary>The sentences of a text as the tokenizer splits them (the decimal tests use it too).</summary>
        internal static string[] Sentences(string text)
        {
            var tokens = Tokenizer.Tokenize(text, System.Array.Empty<QuotationSpan>());
            return Tokenizer.Sentences(tokens).Select(s => text.Substring(tokens[s.Start].Start, tokens[s.End - 1].End - tokens[s.Start].Start)).ToArray();
        }

        [Fact]
        public void APronounAfterAnAbbreviationOpensTheNextSentence()
        {
            Assert.Equal(2, Sentences("Reyes says the union will fight for the pier in the U.S. He says the port agrees.").Length);
            Assert.Equal(2, Sentences("Ortiz says the vote closes at 7 p.m. They will count overnight.").Length);
        }

        [Fact]
        public void NotAfterATitleNorBeforeAName()
        {
            Assert.Single(Sentences("The pier was sold to the U.S. Navy on Monday."));
            Assert.Single(Sentences("The union wrote to Gen. He Wei on Monday."));
        }

        [Fact]
        public void ThePronounIsTheSourceOfTheQuoteAfterIt()
        {
            var quotes = Quotes("Union leader Tom Reyes says the port wants to distract from the cuts in the U.S. He says workers want “a fair deal.”\n\n" +
                                "Mayor Ada Lund says the vote will close at 7 p.m. She says it is “the last chance.”");
            var reyes = Q(quotes, "a fair deal");
            Assert.Equal("He", reyes.SpeakerMention);
            Assert.Equal("Tom Reyes", reyes.Speaker);
            var lund = Q(quotes, "the last chance");
            Assert.Equal("She", lund.SpeakerMention);
            Assert.Equal("Ada Lund", lund.Speaker);
        }
    }
}
