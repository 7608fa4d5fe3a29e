using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Tomas Reyes, asked about the vote, said, “…”": a participle phrase between a name and its verb, closed by a comma
    /// right before the cue, is an aside of the occasion; the name is still the speaker. Without a cue after the aside's
    /// comma there is no verb to take ("Ada Bell, responding to critics, the plan stands").
    /// </summary>
    public class ParticipleAsideTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("Tomas Reyes, asked about the vote, said, “No comment.”", "Tomas Reyes")]
        [InlineData("Ada Bell, responding to critics, said, “The plan stands.”", "Ada Bell")]
        [InlineData("Ada Bell, reacting to the vote on Monday, told reporters: “We will appeal.”", "Ada Bell")]
        public void TheNameBeforeAParticipleAsideIsTheSpeaker(string body, string speaker)
        {
            var a = Attributions(Opening + body).Single(x => x.Kind == IncidentTools.AttributionKind.Direct);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void NoCueAfterTheAsideGivesNoSpeaker()
        {
            var all = Attributions(Opening + "Ada Bell, responding to critics, the “plan” stands firm for now.");
            Assert.DoesNotContain(all, x => x.Speaker == "Ada Bell");
        }
    }
}
