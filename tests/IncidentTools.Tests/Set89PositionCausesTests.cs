using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of missed positions found on own set 89 (fix89c), each on sentences of the tests' own: the posts' places
    /// given with "their" and a word of exactness ("had been given their exact locations"); a document's relative clause after
    /// a participle of when it was made, with no comma before it ("the inquiry released in December, which found …"); a
    /// relative clause's content that goes on past a comma before "including"; a briefing's transcript that names the incident's
    /// one key term once, in a side's disputed point that a cue matches, with enough of its description's words, and goes through
    /// most of the manifest's questions.
    /// </summary>
    public class Set89PositionCausesTests
    {
        [Fact]
        public void ThePostsExactLocationsGivenWithTheirWorked()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "\"Our men were shelled after the coalition had been given their exact locations,\" a Pakistani colonel said.",
                "A Pakistani brigadier said ISAF was given their precise locations a month earlier.");
            Takes(corpus, "Our men were shelled after the coalition", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "ISAF was given their precise locations", "Pakistan", "coordination", "Coordination worked");
        }

        /// <summary>Near miss (a document of its own: a side's failure gives the places it gave way): a word that is no word of exactness is not read as the posts' places given.</summary>
        [Fact]
        public void ThePostsWrongLocationsGivenWithTheirDidNotWork()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder, "A Pakistani major said ISAF had been given their wrong locations.");
            Takes(corpus, "ISAF had been given their wrong locations", "Pakistan", "coordination", "Coordination failed");
        }
    }
}
