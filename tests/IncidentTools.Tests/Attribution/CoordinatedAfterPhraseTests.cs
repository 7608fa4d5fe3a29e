using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A ferry company spokeswoman, reached by telephone, said the company did not discuss cases before the harbour court, but
    /// repeated that …": the second verb phrase after "but" has the sentence's subject when the first phrase ends in a phrase
    /// of "before" or "after" and a noun (no clause of its own), and when an aside set off by commas stands between that subject
    /// and its verb (that subject opening the sentence). A clause after "after" ("after the inspector examined the pier") still
    /// keeps its own subject. Invented harbour stories.
    /// </summary>
    public class CoordinatedAfterPhraseTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Fact]
        public void APhraseOfBeforeAndANounOpensNoClause()
        {
            var f = ByCue(Claims("The harbour master said the board did not discuss cases before the district court, but repeated that the pier was safe."), "repeated");
            Assert.Equal("The harbour master", f.Source);
            Assert.Equal("the pier was safe", f.Content);
        }

        [Fact]
        public void AnAsideBetweenTheSubjectAndItsVerbIsPassedOver()
        {
            var f = ByCue(Claims("A ferry company spokeswoman, reached by telephone, said the company did not discuss lawsuits, but repeated that the crossing was safe."), "repeated");
            Assert.Equal("A ferry company spokeswoman", f.Source);
            Assert.Equal("the crossing was safe", f.Content);
        }

        [Fact]
        public void AClauseAfterAfterKeepsItsOwnSubject()
        {
            var found = Claims("The mayor praised the divers after the inspector examined the pier, and said the harbour would reopen.");
            Assert.DoesNotContain(found, x => x.Cue == "said" && x.Source == "The mayor");
        }

        [Fact]
        public void AnAsideInASubordinateClauseBeforeTheMainOneIsNotPassedOver()
        {
            // the subject with its aside opens a clause of "after", whose end the main clause follows: no claim of the mayor's
            // runs on into the union's words
            var found = Claims("But even after the mayor, responding to the protests, dropped her objection and agreed to meet the divers, the union continued to describe her as absent.");
            Assert.DoesNotContain(found, x => x.Cue == "agreed" && x.Source == "the mayor");
        }
    }
}
