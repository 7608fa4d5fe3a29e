using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Voters backing Reyes said, “…”", "A group supporting Lund announced “…”": a name right after a participle that follows a
    /// noun is the participle's object, not the subject of the verb after it; the name is no speaker of the quotation. A name
    /// after a word of time ("On Tuesday morning Reyes said") still is its sentence's subject.
    /// </summary>
    public class ParticipleObjectNameTests
    {
        [Fact]
        public void ANameThatAParticipleTakesAsItsObjectIsNoSpeaker()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "Voters backing Reyes said, “We want the pier open by spring.”\n\n" +
                                "A group supporting Lund announced “a new campaign for the harbor.”");
            Assert.NotEqual("Reyes", Q(quotes, "We want the pier").SpeakerMention);
            Assert.NotEqual("Lund", Q(quotes, "a new campaign").SpeakerMention);
        }

        [Fact]
        public void ANameAfterAWordOfTimeIsStillTheSubject()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "On Tuesday morning Reyes said: “The pier is open again.”");
            Assert.Equal("Reyes", Q(quotes, "The pier is open").SpeakerMention);
        }
    }
}
