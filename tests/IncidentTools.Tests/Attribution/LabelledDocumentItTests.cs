using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Report: the board's inquiry into the collapse, released in May. It found that …": the "it" after a verbless label line
    /// stands for the document the label names (texts of its own).
    /// </summary>
    public class LabelledDocumentItTests
    {
        [Fact]
        public void ItAfterALabelLineIsTheLabelledDocument()
        {
            var a = Attributions("Report: the harbour board's inquiry into the pier collapse, released on 3 May 2019. It found that the pier had been “badly maintained for a decade” and that nobody had checked the piles.");
            var found = a.First(x => x.Content.Contains("badly maintained"));
            Assert.Equal("harbour board", found.Speaker);
        }

        [Fact]
        public void ALabelLineNamingAPersonIsNoDocument()
        {
            var a = Attributions("Witness: Tom Reyes, the harbour master. It found that the pier had been “badly maintained for a decade” and that nobody had checked the piles.");
            Assert.DoesNotContain(a, x => x.Content.Contains("badly maintained") && x.Speaker == "Tom Reyes");
        }
    }
}
