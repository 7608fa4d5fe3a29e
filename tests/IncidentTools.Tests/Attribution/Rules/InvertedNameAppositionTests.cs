using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueBeforeQuote (Clauses.SubjectCueBefore): a description after "said" + a name and a comma is the name's apposition,
    /// not the subject of the clause that goes on ("…, said Tomas Reyes, an engineer with the port, would read it as “…”").
    /// </summary>
    public class InvertedNameAppositionTests
    {
        [Theory]
        [InlineData("Any fair reading of the plan, said Tomas Reyes, an engineer with the port authority in Kestrel, would read it as a bid for “the last vote of the harbour board.”", "Tomas Reyes")]
        [InlineData("The closure, argued Dr. Ada M. Lund, a member of the ferry board, would read to most voters as “a betrayal of the islands.”", "Dr. Ada M. Lund")]
        public void TheNameTheInvertedCueNamesSaidIt(string body, string source)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), "")!;
            Assert.Equal(source, a.Source!.Text);
            Assert.NotEqual("read", a.CueWords!.Text);
        }

        [Theory]
        [InlineData("Speaking to Tomas Reyes, an engineer with the port authority in Kestrel would read it as a bid for “the last vote of the harbour board.”")]   // the name ends a phrase: the engineer is someone else
        [InlineData("In a long hearing in Kestrel, an engineer with the port authority would read it as a bid for “the last vote of the harbour board.”")]      // no name before the comma
        public void OtherwiseTheDescriptionIsTheSubject(string body)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), "")!;
            Assert.Equal("an engineer", a.Source!.Text);
            Assert.Equal("read", a.CueWords!.Text);
        }
    }
}
