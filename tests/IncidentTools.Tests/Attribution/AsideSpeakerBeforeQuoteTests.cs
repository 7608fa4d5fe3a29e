using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Reyes, a top aide said, “will not run again”": a name, its comma and an indefinite description that the verb follows
    /// with no comma of its own, then a quotation that goes on with the sentence in lower case: the description speaks, in an
    /// aside about the name. A quotation that opens a statement of its own in capitals stays the name's.
    /// </summary>
    public class AsideSpeakerBeforeQuoteTests
    {
        private const string Headline = "Ferry service resumes after the storm";

        [Theory]
        [InlineData("Mayor Ada Lund spoke on Monday. Reyes, a top aide said, “will not run again” after the vote.", "a top aide", "top aide")]
        [InlineData("Mayor Ada Lund spoke on Monday. Tom Reyes, an aide said, “was never told” about the gate.", "an aide", "aide")]
        public void TheDescriptionSpeaksForTheQuotationThatGoesOn(string body, string mention, string speaker)
        {
            var q = Q(Quotes(body), body.Contains("will not") ? "will not run again" : "was never told");
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
            Assert.Equal("said", q.Cue);
            // the mention the speaker stands at, its article included (the headline and a blank line stand before the body)
            Assert.Equal(Headline.Length + 2 + body.IndexOf(mention), q.SpeakerStart);
        }

        [Theory]
        [InlineData("Mayor Ada Lund spoke on Monday. Tom Reyes, a spokesman said, “We will not run again.”")]
        [InlineData("Mayor Ada Lund spoke on Monday. Tom Reyes, a former mayor, said, “will not run again,” and left.")]
        public void TheNameKeepsAStatementOfItsOwnOrAClosedAside(string body)
        {
            var q = Q(Quotes(body), body.Contains("We will") ? "We will not run again" : "will not run again");
            Assert.Equal("Tom Reyes", q.Speaker);
        }
    }
}
