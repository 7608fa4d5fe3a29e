using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Reyes’s campaign manager, Ada Lund": a possessive name, a role of up to two words and a name in apposition; the
    /// speaker is the person the apposition names, the whole phrase is the mention.
    /// </summary>
    public class PossessedRoleTests
    {
        [Fact]
        public void TheNameInAppositionAfterAPossessedRoleIsTheSpeaker()
        {
            var quotes = Quotes("“We are winning,” said Reyes’s campaign manager, Ada Lund.\n\nReyes’s deputy campaign manager, Tom Berg, said, “The count is close.”");
            var q = Q(quotes, "We are winning");
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Equal("Reyes’s campaign manager, Ada Lund", q.SpeakerMention);
            Assert.Equal("Tom Berg", Q(quotes, "The count is close").Speaker);
        }

        [Fact]
        public void APossessedRoleWithoutANameStaysADescription()
        {
            var quotes = Quotes("Tom Reyes runs the ferry company. Reyes’s campaign manager said, “The count is close.”");
            var q = Q(quotes, "The count is close");
            Assert.Equal("Reyes’s campaign manager", q.SpeakerMention);
            Assert.NotEqual("Tom Reyes", q.Speaker);
        }
    }
}
