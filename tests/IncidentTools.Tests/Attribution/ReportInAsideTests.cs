using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The board (the mayor said the pier was unsafe) closed it", "Reyes — even as he says the levy is fair — has proposed
    /// …": a cue inside an aside that a bracket or a pair of dashes opened before it reports only to the aside's close; the
    /// words after the close are the sentence's again. A dash aside inside the content, a dash that pairs with none or one
    /// that opens the paragraph leave the content whole.
    /// </summary>
    public class ReportInAsideTests
    {
        [Fact]
        public void TheContentEndsWhereTheBracketsClose()
        {
            var said = Assert.Single(Attributions("The harbour board (Mayor Ada Lund said the pier was unsafe) closed it on Friday."), a => a.Cue == "said");
            Assert.Equal("the pier was unsafe", said.Content);
            var disclosed = Assert.Single(Attributions("The ferry did not sail on Monday (the port later disclosed that its engine had failed)."), a => a.Cue == "disclosed");
            Assert.Equal("its engine had failed", disclosed.Content);
        }

        [Fact]
        public void TheContentEndsWhereTheDashesClose()
        {
            var says = Assert.Single(Attributions("But critics note that Tom Reyes — even as he says the levy is fair — has proposed nothing in its place."), a => a.Cue == "says");
            Assert.Equal("the levy is fair", says.Content);
            var believe = Assert.Single(Attributions("However, one ferry line that has lost money during 2023 -- but one that I believe is set to do much better this year -- is Harbour Link."), a => a.Cue == "believe");
            Assert.Equal("is set to do much better this year", believe.Content);
        }

        [Fact]
        public void NotADashAsideInsideTheContentNorADashThatPairsWithNone()
        {
            var said = Assert.Single(Attributions("Mayor Ada Lund said the pier — built in 1900 — was unsafe."), a => a.Cue == "said");
            Assert.Equal("the pier — built in 1900 — was unsafe", said.Content);
            var opening = Assert.Single(Attributions("— Mayor Ada Lund said the pier — built in 1900 — was unsafe."), a => a.Cue == "said");
            Assert.Equal("the pier — built in 1900 — was unsafe", opening.Content);
            var unpaired = Assert.Single(Attributions("The board has a plan — Ada Lund said the pier — built in 1900 — would close."), a => a.Cue == "said");
            Assert.Equal("the pier — built in 1900 — would close", unpaired.Content);
        }
    }
}
