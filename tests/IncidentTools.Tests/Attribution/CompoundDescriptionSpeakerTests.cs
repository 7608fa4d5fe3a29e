using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the harbour master said": a description whose head is a speaker noun is given whole, its noun modifiers with it
    /// ("harbour master", as "police officer"), before the quotation and after it. A noun that only modifies another
    /// ("the master plan") heads no speaker.
    /// </summary>
    public class CompoundDescriptionSpeakerTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("The harbour master said, “We will keep the port open.”")]
        [InlineData("“The ships will still come,” the harbour master said.")]
        public void TheCompoundDescriptionIsTheSpeaker(string body)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Equal("harbour master", q.Speaker);
        }

        [Fact]
        public void ANounThatModifiesAnotherIsNoSpeaker()
        {
            var all = Attributions(Opening + "The master plan says “the pier will close” next year.");
            Assert.DoesNotContain(all, x => x.Speaker != null && x.Speaker.Contains("master") && !x.Speaker.Contains("plan"));
        }
    }
}
