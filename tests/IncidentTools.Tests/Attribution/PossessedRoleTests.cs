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

        [Theory]
        [InlineData("Mayor Tom Reyes runs the port. Mayor Reyes’s office said, “The count is close.”", "Mayor Reyes’s office")]
        [InlineData("Ada Lund is a candidate. Mrs. Lund’s campaign said, “The count is close.”", "Mrs. Lund’s campaign")]
        [InlineData("Ada Lund is a candidate. Mrs. Lund’s campaign manager said, “The count is close.”", "Mrs. Lund’s campaign manager")]
        public void ATitledPossessorOwnsTheNounAfterIt(string text, string speaker)
        {
            // the office, the campaign and its manager speak, not the mayor or the candidate (as "Reyes’s office" did untitled)
            var q = Q(Quotes(text), "The count is close");
            Assert.Equal(speaker, q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void ATitledPossessorWithASpeakerInAppositionGivesThatSpeaker()
        {
            // near miss: a possessed speaker with a name after it is that person
            var q = Q(Quotes("“We are winning,” said Mrs. Lund’s spokesman, Tom Berg."), "We are winning");
            Assert.Equal("Tom Berg", q.Speaker);
        }
    }
}
