using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A reporting verb in the infinitive of purpose after its subject's own verb (tagged purpose in words.txt: take, use, seize,
    /// return, appear, go, come) reports the subject's words: "took the stage to acknowledge …", "went on the radio to say that …",
    /// "used the hearing to demand …". Not a noun of purpose ("Okafor's use of a slur to describe …"), not after "it" ("It takes a
    /// lawyer to see …"), not a passive ("was used to support …"), not across another infinitive or a passive participle ("used his
    /// sway to get Tovar to condemn …", "came after being asked to defend …"), not in a relative clause that picks out its noun.
    /// </summary>
    public class PurposeInfinitiveTests
    {
        [Theory]
        [InlineData("Councillor Ada Quist took the stage to acknowledge her defeat.", "Councillor Ada Quist", "acknowledge", "her defeat")]
        [InlineData("Bram Okafor went on the radio to say that the ferry was safe.", "Bram Okafor", "say", "the ferry was safe")]
        [InlineData("The Orlen dockers' union used the hearing to demand a new vote.", "The Orlen dockers' union", "demand", "a new vote")]
        [InlineData("Mayor Ines Tovar returned to Harlow on Monday to condemn the closure of the pier.", "Mayor Ines Tovar", "condemn", "the closure of the pier")]
        public void TheInfinitiveOfPurposeReportsTheSubjectsWords(string body, string source, string cue, string content) =>
            AssertReportedByCueThenContent(body, source, cue, content);

        [Fact]
        public void ASubordinateActOfPurposeLeavesTheMainClauseItsOwn()
        {
            // the main clause's wish is no part of what the clause before it reports
            var found = Run("After dozens of dockers went to the port to denounce the closure, some want to know whether the ferry will run.", new CueThenContent());
            Assert.Equal("dozens of dockers", ByCue(found, "denounce").Source);
            Assert.Equal("the closure", ByCue(found, "denounce").Content);
            Assert.Equal("some", ByCue(found, "want").Source);
        }

        [Theory]
        [InlineData("Okafor's use of a slur to describe the mayor drew anger.")]
        [InlineData("It takes a lawyer to see why the rule fails.")]
        [InlineData("Okafor came after being asked to defend the plan.")]
        [InlineData("The money was used to support the ferry line.")]
        [InlineData("Okafor used his sway to get Tovar to condemn the closure.")]
        // no infinitive: a past form after "to"
        [InlineData("The crews use the depots to dismissed the reports.")]
        public void NoActOfPurposeWithoutTheSubjectsOwnVerb(string body) =>
            Assert.Empty(Run(body, new CueThenContent()));

        [Theory]
        [InlineData("The harbour board came under heavy criticism for its failure to speak out on the closures.")]
        [InlineData("The harbour board came under fire for its refusal to comment on the closures.")]
        [InlineData("Mayor Ines Tovar took heat over her reluctance to condemn the closure of the pier.")]
        [InlineData("The dockers' union came in for scorn over its inability to explain the vote.")]
        public void TheInfinitiveOfANounOfNotDoingIsWhatWasNotDone(string body) =>
            // the infinitive belongs to the noun of not doing before it: no words of the subject, nor any act of purpose
            Assert.DoesNotContain(Run(body, new CueThenContent()), f => f.Cue is "speak out on" or "comment on" or "condemn" or "explain");

        [Fact]
        public void ARelativeClauseThatPicksOutItsNounIsNoReport()
        {
            // near miss: "who came to Harlow to protest the vote" picks out the fans; their words are the main verb's
            var f = Assert.Single(Run("Fans who came to Harlow to protest the vote say the ferry must stay.", new CueThenContent()));
            Assert.Equal("say", f.Cue);
            Assert.Equal("the ferry must stay", f.Content);
            Assert.StartsWith("Fans", f.Source);
        }
    }
}
