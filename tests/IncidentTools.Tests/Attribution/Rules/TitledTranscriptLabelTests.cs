using System.Linq;
using IncidentTools;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A network transcript's label that writes the speaker's title after the name ("JANE DOE, SENIOR CORRESPONDENT:",
    /// "COL. JOHN DOE (RET.), FORMER LIAISON OFFICER:", "JOHN DOE, PRIME MINISTER OF RUTHENIA:") opens a turn as "DOE:" does;
    /// the title is the person's role (and the side a country in it names), and the later bare "DOE:" is the same person.
    /// Near misses: a dateline in capitals with a comma, a label whose name the text never writes.
    /// </summary>
    public class TitledTranscriptLabelTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("France", aliases: new[] { "France", "French", "Paris" }),
            new PartyDefinition("Portugal", aliases: new[] { "Portugal", "Portuguese", "Lisbon" }),
        };

        private const string Transcript =
            "ANN VOSS, CO-HOST: Good morning. Our correspondent Ben Marlow spoke with Prime Minister Tomas Halden of France.\n\n" +
            "BEN MARLOW, SENIOR CORRESPONDENT: Ann, he was angry. I asked him about the ferry.\n\n" +
            "TOMAS HALDEN, PRIME MINISTER OF FRANCE: Our crews were not warned. Nobody called the harbour.\n\n" +
            "MARLOW: Will the route reopen?\n\n" +
            "HALDEN: Not until the inquiry reports. We want clear answers.\n\n" +
            "COL. PETER GRANT (RET.), FORMER HARBOUR PILOT: The charts were old, and both crews were tired.\n\n" +
            "VOSS: Colonel Peter Grant, thank you.";

        [Fact]
        public void ANameWithATitleOpensATurnAndTheTitleIsTheRole()
        {
            var claims = Attributions(Transcript, Sides);
            var halden = claims.Single(a => a.Content.StartsWith("Our crews were not warned"));
            Assert.Equal("SpeakerLabel", halden.Rule);
            Assert.Equal("Tomas Halden", halden.Speaker);
            Assert.Equal("France", halden.Party);
            var marlow = claims.Single(a => a.Content.StartsWith("Ann, he was angry"));
            Assert.Equal("Ben Marlow", marlow.Speaker);
            var grant = claims.Single(a => a.Content.StartsWith("The charts were old"));
            Assert.Contains("Grant", grant.Speaker);
        }

        [Fact]
        public void TheBareSurnameLabelLaterIsTheSamePerson()
        {
            var claims = Attributions(Transcript, Sides);
            var later = claims.Single(a => a.Content.StartsWith("Not until the inquiry"));
            Assert.Equal("Tomas Halden", later.Speaker);
            Assert.Equal("France", later.Party);
        }

        [Theory]
        // a dateline in capitals with a comma is no label
        [InlineData("LISBON, PORTUGAL: The ferry did not sail on Monday. Nobody called the harbour.")]
        // a name the text never writes elsewhere, with a title: a heading's capitals, not a known speaker's
        [InlineData("HARBOUR WATCH, WEEKLY REVIEW: The ferry did not sail on Monday.\n\nThe council met on Tuesday.")]
        public void CapitalsWithACommaThatNameNoSpeakerAreNoLabel(string body)
        {
            var claims = Attributions(body, Sides);
            Assert.DoesNotContain(claims, a => a.Rule == "SpeakerLabel");
        }
    }
}
