using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Offices written before a name (speaker127): "The Inspector General of the Harbour Guard, Rear Admiral Ada Bell, told …" (an
    /// office of two words, its body after "of", an article before it, then a ranked name: the name speaks, with the body's side);
    /// "the Inspector General of the Harbour Guard said" (the office, not the body); "The Permanent Representative of Denmark to
    /// the United Nations, Ambassador Ole Berg, told …" (an envoy's posting after the country; "The Permanent Representative"
    /// later is the same person; "Denmark's Ambassador to Sweden, Ole Berg," is Denmark's); "A woman in Worcester, Massachusetts,
    /// said" stays no name; a verb after "and" with the auxiliary of the that-clause before it is the clause's. Texts of the test's own.
    /// </summary>
    public class OfficeTitleBeforeApposedNameTests
    {
        private static readonly PartyDefinition[] Parties =
        {
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish" }, organisations: new[] { "Harbour Guard" }),
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish" }),
        };

        private static IncidentAttribution Of(string text, string contentStart) =>
            QuoteRuleText.Attributions(text, Parties).First(a => a.Content.StartsWith(contentStart, StringComparison.Ordinal));

        [Theory]
        [InlineData("The Inspector General of the Harbour Guard, Rear Admiral Ada Bell, told reporters that the pier was safe.")]
        [InlineData("the Inspector General of the Harbour Guard, Rear Admiral Ada Bell, said the pier was safe.")]
        public void TheRankedNameAfterAnOfficeWithItsArticleSpeaks(string text)
        {
            var a = Of(text, "the pier was safe");
            Assert.Equal("Ada Bell", a.Speaker);
            Assert.Equal("Denmark", a.Party);
        }

        [Fact]
        public void TheOfficeOfTheBodySpeaksNotTheBody()
        {
            var a = Of("Speaking at the pier, the Inspector General of the Harbour Guard said the pier was safe.", "the pier was safe");
            Assert.NotEqual("Harbour Guard", a.Speaker);
            Assert.StartsWith("Inspector General", a.Speaker);
            Assert.Equal("Denmark", a.Party);
        }

        [Fact]
        public void AnEnvoyWithHisPostingIsTheNameAndTheOfficeLaterIsHim()
        {
            var text = "The Permanent Representative of Denmark to the United Nations, Ambassador Ole Berg, told the council that the pier was safe. " +
                       "The Permanent Representative informed the council that the ferries would run.";
            var a = Of(text, "the pier was safe");
            Assert.Equal("Ole Berg", a.Speaker);
            Assert.Equal("Denmark", a.Party);
            Assert.Equal("Ole Berg", Of(text, "the ferries would run").Speaker);
        }

        [Theory]
        [InlineData("Denmark's Ambassador to Sweden, Ole Berg, said the pier was safe.")]
        [InlineData("Denmark's Ambassador to the United Nations, Ole Berg, said the pier was safe.")]
        public void AnEnvoysPostingIsNoSide(string text)
        {
            var a = Of(text, "the pier was safe");
            Assert.Equal("Ole Berg", a.Speaker);
            Assert.Equal("Denmark", a.Party);
        }

        [Fact]
        public void AVerbWithTheAuxiliaryOfTheThatClauseIsTheClausesNotTheSpeakers()
        {
            var records = QuoteRuleText.Attributions("Jo Bell noted that the board had expressed regret and had described the closure as temporary.", Parties);
            Assert.DoesNotContain(records, a => a.Speaker == "Jo Bell" && a.Content.StartsWith("the closure", StringComparison.Ordinal));
            Assert.Contains(records, a => a.Speaker == "Jo Bell" && a.Content.StartsWith("the board had expressed", StringComparison.Ordinal));
        }

        [Fact]
        public void ACommaAfterTheThatClauseClosesIt()
        {
            var records = QuoteRuleText.Attributions("The harbour board, which has said all along that its ferries did not sink, declined to testify and did not comment on the report.", Parties);
            Assert.Contains(records, a => a.Cue != null && a.Cue.Contains("comment", StringComparison.Ordinal));
        }

        [Fact]
        public void TheSpeakersOwnAuxiliaryKeepsTheSecondVerbHis()
        {
            var records = QuoteRuleText.Attributions("Jo Bell had noted that the board expressed regret and had described the closure as temporary.", Parties);
            Assert.Contains(records, a => a.Speaker == "Jo Bell" && a.Content.StartsWith("the closure", StringComparison.Ordinal));
        }

        [Fact]
        public void AStateAfterATownIsNoName()
        {
            var a = Of("A woman in Worcester, Massachusetts, said the pier was safe.", "the pier was safe");
            Assert.NotEqual("Massachusetts", a.Speaker);
        }
    }
}
