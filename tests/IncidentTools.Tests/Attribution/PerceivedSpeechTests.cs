using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A passive of perceiving or recording with a participle of speech after it ("can be heard asking", "is seen
    /// saying:"): the subject is the one who speaks, before the quotation or after it.
    /// </summary>
    public class PerceivedSpeechTests
    {
        [Theory]
        [InlineData("The council met on Monday.\n\n“Should the pier stay closed all winter?” a reporter can be heard asking Lund after the meeting.", "Should the pier", "a reporter")]
        [InlineData("The council met on Monday.\n\nIn the footage, Tom Reyes is seen saying: “Sailors of the coast, take heed of the storm and stay home.”", "Sailors of the coast", "Tom Reyes")]
        [InlineData("The council met on Monday.\n\nOn the tape, Ada Lund was overheard telling an aide, “We will not open the pier before May.”", "We will not open", "Ada Lund")]
        public void TheOneHeardSpeakingSpeaks(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        // a participle of no speech after the perception: the subject was seen doing something else
        [InlineData("The council met on Monday.\n\n“The pier is closed and it will stay closed,” Tom Reyes was seen leaving the hall on Monday.", "The pier is closed")]
        // a perception in the active voice: the subject hears another speak
        [InlineData("The council met on Monday.\n\n“Nobody sails tonight, and nobody sails tomorrow,” Tom Reyes heard shouting from the quay.", "Nobody sails")]
        public void NoSpeechPerceivedNoSpeaker(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.SpeakerMention);
        }
    }
}
