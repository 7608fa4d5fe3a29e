using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A subject whose apposition holds a quoted title with its comma typed inside the marks ("Ruiz, the author of
    /// “Harbour Blues,” said …"): the title's comma closes the apposition, and the name before it is the source of
    /// what the verb after it reports. Invented harbour people and books.
    /// </summary>
    public class QuotedTitleAppositionTests
    {
        private const string Headline = "Harbour levy divides the town";

        [Theory]
        [InlineData("Ines Ruiz, the author of “Harbour Blues,” said the ferries were “older than the pier.”", "older than")]
        [InlineData("Ines Ruiz, the author of “Harbour Blues,” said: “We have waited long enough.”", "We have waited")]
        [InlineData("Ines Ruiz, the author of “Harbour Blues,” about the fishing fleet, said the levy was “a fair price.”", "a fair price")]
        public void TheNameBeforeTheAppositionIsTheSource(string body, string quote)
        {
            var q = Q(Quotes(Headline, body, null), quote);
            Assert.Equal("Ines Ruiz", q.SpeakerMention);
        }

        [Theory]
        [InlineData("Ines Ruiz, the author of “Harbour Blues,” thanked the council for “keeping the ferries running.”", "keeping the ferries")]
        [InlineData("Ines Ruiz, host of the radio show “Harbour Hour,” praised the pilots for “their steady nerves.”", "their steady nerves")]
        public void TheTitlesCommaClosesTheApposedSubjectOfAVerbWithAnObject(string body, string quote)
        {
            var qs = Quotes(Headline, body, null);
            Assert.Equal("Ines Ruiz", Q(qs, quote).SpeakerMention);
            // the title itself is still nobody's words
            Assert.Null(Q(qs, body.Contains("Harbour Blues") ? "Harbour Blues" : "Harbour Hour").Speaker);
        }

        [Fact]
        public void WordsThatAreNoTitleStillCloseTheClause()
        {
            // a quoted remark in the aside is no title: the aside is another clause's, and no subject and verb are read across it
            // (the later quotation only continues the aside's attribution; since quotes105 it shows the noun phrase "who" stands for,
            // the aside having closed before it: see RelativeSourceLaterSentenceTests)
            var qs = Quotes(Headline, "Ines Ruiz, who called the levy “a tax on the poor, and a bad one,” thanked the council for “keeping the ferries running.”", null);
            Assert.Equal("who", Q(qs, "a tax on the poor").SpeakerMention);
            var later = Q(qs, "keeping the ferries");
            Assert.Equal("SameSentenceQuote", later.Rule);
            Assert.Equal("Ines Ruiz", later.SpeakerMention);
        }

        [Theory]
        [InlineData("Harbour Blues,", true)]
        [InlineData("The Tide and the Town", true)]
        [InlineData("a tax on the poor, and a bad one,", false)]
        [InlineData("We have waited long enough,", false)]
        public void ATitleMayKeepTheWritersCommaInsideTheMarks(string text, bool title) =>
            Assert.Equal(title, IncidentTools.Attribution.QuotationFacts.IsTitleLikeQuote(text));

        [Fact]
        public void ATitleInAnAppositionWithNoCueAfterItIsNobodysWords()
        {
            var qs = Quotes(Headline, "Ines Ruiz, the author of “Harbour Blues,” arrived late at the meeting.", null);
            Assert.Null(Q(qs, "Harbour Blues").Speaker);
        }

        [Fact]
        public void AnInvertedCueKeepsItsOwnApposition()
        {
            var q = Q(Quotes(Headline, "“The levy is fair,” said Ines Ruiz, the author of “Harbour Blues,” on Monday.", null), "The levy");
            Assert.Equal("Ines Ruiz", q.SpeakerMention);
            Assert.Null(Q(Quotes(Headline, "“The levy is fair,” said Ines Ruiz, the author of “Harbour Blues,” on Monday.", null), "Harbour Blues").Speaker);
        }
    }
}
