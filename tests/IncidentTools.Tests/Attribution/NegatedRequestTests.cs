using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor asked not to be named": a negation after a verb that takes an addressee ("asked reporters …") is no
    /// addressee; the content keeps it ("not to be named", never "to be named"). An addressee still is one
    /// ("asked the council to wait").
    /// </summary>
    public class NegatedRequestTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Fact]
        public void TheNegationStaysInTheContent()
        {
            // (audit23: "asked not to be named" is a wish to stay unnamed, no content: AnonymityRequestTests)
            var a = Attributions(Opening + "The mayor asked not to be disturbed.").Single(x => x.Cue == "asked");
            Assert.Equal("not to be disturbed", a.Content);
        }

        [Fact]
        public void AnAddresseeIsStillLeftOut()
        {
            var a = Attributions(Opening + "The mayor asked the council to wait.").Single(x => x.Cue == "asked");
            Assert.Equal("to wait", a.Content);
        }
    }
}
