using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Ferry board member for news and talk Ada Lund called the show “the best harbour show on the air”": a quotation that a
    /// naming word or a work's noun before it set aside as a name, but that opens in lower case with three words or more and
    /// reads as no title, is a phrase of the reported speech around it: the source's words. A title, a term of one or two
    /// words and a name stay nobody's.
    /// </summary>
    public class SpokenPhraseSetAsideTests
    {
        [Theory]
        [InlineData("Harbour Radio vice president for news and talk Ada Lund called the show “the best harbour show on the air.”", "the best harbour show", "Ada Lund")]
        [InlineData("The pilot's boat was branded “in honour of” his father, Reyes wrote.", "in honour of", "Reyes")]
        public void ALowerCasePhraseInAReportIsTheSourcesWords(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("Critics said the film called “Night Train” was dull.", "Night Train")]                  // a title
        [InlineData("Officials said the papers were labelled “top secret” by mistake.", "top secret")]         // a term of two words
        [InlineData("Locals call the pier “the Spine.”", "the Spine")]
        public void ATitleOrATermStaysNobodys(string body, string quote)
        {
            Assert.Null(Q(Quotes(body), quote).SpeakerMention);
        }
    }
}
