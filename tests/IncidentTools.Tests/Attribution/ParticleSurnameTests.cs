using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>A surname that opens with its lower-case particle ("de Vries said", "van Dijk says") is a name by itself.</summary>
    public class ParticleSurnameTests
    {
        [Theory]
        [InlineData("Asked about the ferry, de Vries said, “The pier will open in May.”", "de Vries")]
        [InlineData("If the board meets on Monday, van Dijk wrote, “I will open the hall to everyone.”", "van Dijk")]
        [InlineData("When the vote came, dos Reis told reporters: “The town has spoken.”", "dos Reis")]
        public void TheParticleOpensTheSpeakersName(string body, string mention)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: true)), "")!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Fact]
        public void AParticleStillJoinsTheNameInside()
        {
            var a = Of(RunRules("Asked about the ferry, Pieter de Vries said, “The pier will open in May.”", new CueBeforeQuote(close: true)), "")!;
            Assert.Equal("Pieter de Vries", a.Source!.Text);
        }

        [Theory]
        // a particle before a month or before a verb of saying is no name
        [InlineData("The vote fell on the first de May, and the crowd said nothing of “the pier.”")]
        [InlineData("Asked about the ferry, de Said, “The pier will open in May.”")]
        public void AParticleBeforeNoNameWordIsNoName(string body)
        {
            var c = RunRules(body, new CueBeforeQuote(close: true), new CueBeforeQuote(close: false));
            var a = Of(c, "");
            Assert.True(a?.Source == null || !a.Source.Text.StartsWith("de", System.StringComparison.Ordinal));
        }
    }
}
