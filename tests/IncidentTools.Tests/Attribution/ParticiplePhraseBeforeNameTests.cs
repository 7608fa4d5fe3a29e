using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A retired air marshal appearing on another channel's talk show, Jo Bell, argued …": a described person, a participle
    /// phrase in -ing after the head, then a full name set off by commas: the name is the described person, the description
    /// (without the phrase) the role, as with no phrase between ("A retired air marshal, Jo Bell, argued"). Not when the phrase
    /// ends in a person, whom the name may be ("accompanying the fisheries minister, Jo Bell,"). Texts and manifests of the
    /// tests' own.
    /// </summary>
    public class ParticiplePhraseBeforeNameTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" }),
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }),
            new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", others: true),
        };

        private static IncidentQuote Said(string subject) =>
            Q(Quotes("Strait collision",
                "A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
                subject + ", argued that the two crews had never trusted each other. \"Nobody at sea believes the other side,\" he said.\n", Sides),
              "Nobody at sea");

        [Theory]
        [InlineData("A retired air marshal appearing on a late-night radio programme, Henrik Dahl Moen")]
        [InlineData("A retired air marshal, Henrik Dahl Moen")]
        public void ThePhraseBetweenTheDescriptionAndTheNameKeepsTheRole(string subject)
        {
            // before (the first): no role and no side; one who left an office speaks for the party of no side
            var quote = Said(subject);
            Assert.Equal("Henrik Dahl Moen", quote.Speaker);
            Assert.Equal("retired air marshal", quote.Role);
            Assert.Equal("Independent", quote.Party);
        }

        [Theory]
        // near misses: the phrase ends in a person (a noun of one, or a name), whom the name set off after it may be
        [InlineData("A retired air marshal accompanying the fisheries minister, Henrik Dahl Moen")]
        [InlineData("A retired air marshal appearing on a programme hosted by Ilse Marten, Henrik Dahl Moen")]
        public void APhraseThatEndsInAPersonGivesTheNameNoRole(string subject)
        {
            var quote = Said(subject);
            Assert.Equal("Henrik Dahl Moen", quote.Speaker);
            Assert.Null(quote.Role);
            Assert.Null(quote.Party);
        }
    }
}
