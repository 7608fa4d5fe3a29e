using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 84 (fix84a), each on sentences of the tests' own: a verb of doubting
    /// before the "that" of the cue's clause leans against it, so "had never doubted that … an accident" affirms the cue; a
    /// claim noun's two that-clauses joined by ", and that" share the predicate that denies them ("… is not accepted"); a negator
    /// among the words a cue's "*" stands for, before an "and", is the first predicate's, not the cue's; and "has never formally
    /// called" is a name not yet given, as "has not formally called" is.
    /// </summary>
    public class Set84WrongPositionCausesTests
    {
        [Fact]
        public void ANegatedVerbOfDoubtingAffirmsItsClause()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the general had never doubted that the shelling of the ridge was an accident.",
                "A Pakistani senator said nobody in the committee doubts that the raid on the camp was a mistake.",
                "A Pakistani minister said she never had any doubt that the shelling of the camp was deliberate.",
                "A U.S. general said he did not have any doubt that the raid on the ridge was a mistake.");
            Takes(corpus, "had never doubted that the shelling", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "nobody in the committee doubts that the raid", "Pakistan", "deliberate", "Not deliberate");
            Takes(corpus, "never had any doubt that the shelling", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "did not have any doubt that the raid", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AVerbOfDoubtingAloneLeansAgainstItsClause()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said the committee doubted that the shelling of the ridge was an accident.",
                "A Pakistani minister said she doubts that the raid on the camp was a mistake.");
            Takes(corpus, "the committee doubted that the shelling", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "she doubts that the raid", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void ANounOfDoubtThatIsDeniedOrSmallLeavesItsClauseHeld()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said there was no doubt that the shelling of the ridge was an accident.",
                "A Pakistani senator said there was little doubt that the raid on the camp was deliberate.");
            Takes(corpus, "no doubt that the shelling", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "little doubt that the raid", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void ADoubtAskedAboutIsNoDoubtHeld()
        {
            using var folder = new TempFolder();
            // near miss: "why … would doubt" asks about a doubt; the clause is read as it was before
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said he could not understand why the senators doubted that the shelling of the ridge was an accident.");
            Takes(corpus, "why the senators doubted that the shelling", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AClaimsCoordinatedClausesShareThePredicateThatRefusesThem()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani spokesman said the assertion in the report that Pakistani soldiers fired first, and that the U.S. helicopters acted in self-defence, is not accepted.",
                "A Pakistani general said the claim that Pakistani troops fired first was rejected by his officers.");
            Takes(corpus, "Pakistani soldiers fired first, and that", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the claim that Pakistani troops fired first was rejected", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AFalsityWordInsideTheCoordinatedClauseIsThatClausesOwn()
        {
            using var folder = new TempFolder();
            // near miss: the second clause's own "wrong" is no predicate of the claim, whose predicate refuses nothing
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the finding that Pakistani soldiers fired first, and that the maps were wrong, was drawn from the patrol's logs.");
            Takes(corpus, "Pakistani soldiers fired first, and that", "United States", "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void ANegatorBeforeAnAndInACuesGapIsTheFirstPredicates()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani general said the findings were not balanced and shifted the blame onto the dead soldiers.",
                "A U.S. colonel said the findings had not shifted the blame onto anyone.");
            Takes(corpus, "the findings were not balanced and shifted the blame", "Pakistan", "findings", "Findings are wrong");
            // near miss: a negator in the gap with no "and" after it still denies the cue
            Takes(corpus, "the findings had not shifted the blame", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void AnActNeverYetNamedTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The Pakistani army has never formally called the raid deliberate.",
                "Pakistani ministers have never called the shelling an accident.",
                "A Pakistani senator said the army would never call the strike on the ridge an accident.");
            Assert.Contains(corpus.Claims, x => x.Content.Contains("the raid deliberate", System.StringComparison.Ordinal));
            TakesNone(corpus, "the raid deliberate", "deliberate");
            TakesNone(corpus, "the shelling an accident", "deliberate");
            // near miss: a refusal to name the act judges it
            Takes(corpus, "would never call the strike on the ridge an accident", "Pakistan", "deliberate", "Deliberate");
        }
    }
}
