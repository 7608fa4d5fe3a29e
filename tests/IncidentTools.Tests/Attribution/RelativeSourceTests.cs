using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Jo Bell, who has called the pier “a disgrace,” …": when the cue is the verb of a relative clause after the
    /// subject's comma, the source mention is the relative pronoun (the speaker is still the person it stands for); when
    /// the relative clause closes before the quotation, the main clause's verb is the cue and the name its source.
    /// </summary>
    public class RelativeSourceTests
    {
        [Fact]
        public void ACueInsideTheRelativeClauseHasTheRelativePronounAsItsSource()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Tom Reyes, who has in the past described the pier as “a disgrace,” did not attend.\n\n" +
                                "Contrast that with Ada Lund, who says the new plan is “perfect.”\n\n" +
                                "Maria Costa, who estimates that her losses were “in the seven figures,” has sued the board.");
            foreach (var (start, speaker) in new[] { ("a disgrace", "Tom Reyes"), ("perfect", "Ada Lund"), ("in the seven figures", "Maria Costa") })
            {
                var q = Q(quotes, start);
                Assert.Equal("who", q.SpeakerMention);
                Assert.Equal(speaker, q.Speaker);
            }
        }

        [Fact]
        public void ACueAfterTheClosedRelativeClauseKeepsTheName()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Tom Reyes, who runs the port, said, “It is a disgrace.”\n\n" +
                                "Ada Lund, who says the port needs work, tweeted that the pier was “a ruin.”\n\n" +
                                "Maria Costa, who estimates that her losses were “in the seven figures,” described the harm as “horrendous.”");
            Assert.Equal("Tom Reyes", Q(quotes, "It is a disgrace").SpeakerMention);
            Assert.Equal("Ada Lund", Q(quotes, "a ruin").SpeakerMention);
            Assert.Equal("who", Q(quotes, "in the seven figures").SpeakerMention);
            var after = Q(quotes, "horrendous");
            Assert.Equal("Maria Costa", after.SpeakerMention);
            Assert.Equal("Maria Costa", after.Speaker);
        }
    }
}
