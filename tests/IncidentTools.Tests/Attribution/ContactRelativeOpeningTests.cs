using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Officials I've spoken to say that …": a relative clause with no pronoun after a noun of people that opens the
    /// sentence (capitalised) and with its subject written with its auxiliary as one word; and "underlined that …",
    /// "underscored that …" (verbs of stance beside "stressed", "emphasised"), reporting only a clause right after its "that".
    /// </summary>
    public class ContactRelativeOpeningTests
    {
        [Theory]
        [InlineData("Officials I've spoken to say that the ferry was warned twice before it sailed.")]
        [InlineData("Officials I have spoken to say that the ferry was warned twice before it sailed.")]
        [InlineData("Pilots we've talked to say that the ferry was warned twice before it sailed.")]
        public void PeopleTheWriterSpokeToAreTheSubject(string text)
        {
            var c = Attributions(text).Single(a => a.Content.Contains("ferry was warned"));
            Assert.Contains(c.Speaker ?? c.Source ?? "", new[] { "Officials", "officials", "Pilots", "pilots" });
        }

        [Theory]
        [InlineData("The minister underlined that nothing short of a full inquiry would satisfy the families.")]
        [InlineData("The minister underscored that nothing short of a full inquiry would satisfy the families.")]
        public void UnderlinedThatReportsTheClause(string text)
        {
            var c = Attributions(text).Single(a => a.Content.Contains("nothing short of a full inquiry"));
            Assert.Equal("minister", c.Speaker);
        }

        [Theory]
        // near misses: with a noun phrase as its object ("underscores the challenge", "underlined the need") the verb says what
        // a thing shows, and reports nothing; it reports only a clause right after its "that"
        [InlineData("The findings underscore the challenge facing the ferry line this winter.")]
        [InlineData("The storm underlined the need for a new sea wall.")]
        [InlineData("The harbour master spent the week trying to underscore that contrast.")]
        public void UnderlinedWithoutAThatClauseIsNoAttribution(string text)
        {
            Assert.DoesNotContain(Attributions(text), a => a.Cue != null && a.Cue.StartsWith("under"));
        }

        [Fact]
        public void AnInfinitiveAfterAVerbIsNoStrandedTo()
        {
            // near miss: "asked to say" is an infinitive, not a clause's stranded "to"
            Assert.DoesNotContain(Attributions("The pilots were asked to say nothing about the ferry."), a => a.Cue == "say");
        }
    }
}
