using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>ReflexiveAs: "X has positioned herself as “…”": what a subject casts itself as is its own words, whatever the verb.</summary>
    public class ReflexiveAsTests
    {
        [Theory]
        [InlineData("For months, Councillor Ada Lund has positioned herself as “the voice of the harbour.”", "Councillor Ada Lund", "the voice", "positioned")]
        [InlineData("The ferry union offered itself as a “partner in reform” at the hearing.", "The ferry union", "partner in reform", "offered")]
        [InlineData("Mayor Tom Reyes styled himself on local radio -- as a “builder, not a talker.”", "Mayor Tom Reyes", "builder", "styled")]
        [InlineData("The harbour board is casting itself as the “last line of defence” against the developers.", "The harbour board", "last line", "casting")]
        public void TheSubjectCastsItselfAsTheQuotedWords(string body, string mention, string quote, string cue)
        {
            var a = Of(RunRules(body, new ReflexiveAs()), quote)!;
            Assert.Equal("ReflexiveAs", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The ferry company offered the island a “partner in reform” deal.")]                  // no reflexive: the verb is nobody's cue
        [InlineData("Presenting herself as “the voice of the harbour,” the campaign leaflet was upbeat.")] // a participle of another clause
        [InlineData("The pier was rebuilt by itself as a “community project.”")]                          // no verb before the reflexive
        [InlineData("Ada Lund described the pier itself, which the council sees as “a death trap.”")]     // another clause between
        [InlineData("The skipper saw himself in the 1990s film “Storm Harbour” as a boy.")]               // the quotation is no complement of "as"
        [InlineData("The fleet names itself after the island, as “Gull Bay Fishing” says.")]              // "as" of another clause
        public void NoReflexiveComplementNoSpeaker(string body) => Assert.Empty(RunRules(body, new ReflexiveAs()).Found);
    }
}
