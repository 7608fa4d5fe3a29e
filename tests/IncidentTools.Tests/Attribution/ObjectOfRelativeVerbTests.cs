using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// subject122: "A pilot who phoned Ruth Okafor of the Lakeside Institute said": a name right after the verb of a relative
    /// clause whose subject is the pronoun ("who phoned", "who has met") is that verb's object, never the subject of the verb
    /// after the clause; the noun the clause describes speaks. Near cases: a verb of thought with no addressee, whose clause may
    /// open with the name ("Pilots who believe Ruth Okafor said …"), and an object relative ("the report that Ruth Okafor …").
    /// Texts of the test's own.
    /// </summary>
    public class ObjectOfRelativeVerbTests
    {
        [Theory]
        [InlineData("A pilot who told Ruth Okafor of the Lakeside Institute said the runway was flooded.")]
        [InlineData("A pilot who told Ruth Okafor of a college said the runway was flooded.")]
        [InlineData("A pilot who met Ruth Okafor of a college in Dunmore said the runway was flooded.")]
        [InlineData("A pilot who has met Ruth Okafor said the runway was flooded.")]
        [InlineData("A pilot who phoned Ruth Okafor of the Lakeside Institute said the runway was flooded.")]
        public void TheNameAfterTheRelativeVerbIsItsObject(string body)
        {
            var said = Attributions(body).Where(x => x.Cue == "said").ToList();
            Assert.DoesNotContain(said, x => x.Speaker == "Ruth Okafor");
            var a = Assert.Single(said);
            // (the noun the clause describes, written with its clause where the resolver keeps the phrase: "pilot who has met …")
            Assert.StartsWith("pilot", a.Speaker);
            Assert.Equal("the runway was flooded", a.Content);
        }

        [Theory]
        // near cases: the name with no relative clause before it, and after a verb of thought in the relative clause (its clause
        // opens with the name, which speaks)
        [InlineData("Ruth Okafor of the Lakeside Institute said the runway was flooded.")]
        [InlineData("A pilot who believes Ruth Okafor said the runway was flooded.")]
        public void ANameThatOpensItsClauseStillSpeaks(string body)
        {
            Assert.Contains(Attributions(body), x => x.Cue == "said" && x.Speaker == "Ruth Okafor");
        }
    }
}
