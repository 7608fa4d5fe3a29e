using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A title whose office sits in a named body, the body written between the title and the name with no commas ("Leader of
    /// the Opposition in the Regional Assembly Tomas Varga said"): the body is part of the title, the name the person's, and a later
    /// "he" of the same paragraph is that person, not the one named in the paragraph before.
    /// </summary>
    public class OfficeSeatTitleTests
    {
        [Fact]
        public void TheBodyBetweenTitleAndNameIsPartOfTheTitle()
        {
            var a = Attributions("Leader of the Opposition in the Regional Assembly Tomas Varga said the bill had been rushed.")
                .Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal("Tomas Varga", a.Speaker);
        }

        [Fact]
        public void TheLaterHeIsTheTitledPersonNotTheEarlierSpeaker()
        {
            var q = Quotes("Committee chairman Senator Ivo Marek said the draft was ready.\n\n" +
                           "Leader of the Opposition in the Regional Assembly Tomas Varga said his party would not be hurried. " +
                           "\"We will read every line of it,\" he said.");
            Assert.Equal("Tomas Varga", q.Single(x => x.Text.StartsWith("We will read")).Speaker);
        }

        [Fact]
        public void AnHonorificAfterTheBodyStaysWithTheTitle()
        {
            var a = Attributions("Leader of the Opposition in the Regional Assembly Syed Tomas Varga said the bill had been rushed.")
                .Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal("Syed Tomas Varga", a.Speaker);
        }
    }
}
