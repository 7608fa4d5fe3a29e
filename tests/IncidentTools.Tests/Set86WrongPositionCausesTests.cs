using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 86 (fix86a), each on sentences of the tests' own: a negator of a first
    /// predicate does not reach a second one coordinated by "and" with a past verb and its object ("took no part in the inquiry
    /// and rejected its findings"), and a claim brought in by "including" after a claim noun and its comma is judged by the
    /// predicate after the set-off clause ("its conclusions, including that …, were not acceptable").
    /// </summary>
    public class Set86WrongPositionCausesTests
    {
        [Fact]
        public void ANegatorOfAFirstPredicateDoesNotReachASecondInThePast()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani minister said Islamabad took no part in the American inquiry and rejected its findings in full.",
                "A Pakistani senator said the army did not join the probe and flatly rejected its findings last week.",
                "Pakistan took no part in the joint inquiry and rejected its findings in March.");
            Takes(corpus, "its findings in full", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "its findings last week", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "its findings in March", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void ANegatorStillReachesACueInItsOwnPredicate()
        {
            using var folder = new TempFolder();
            // near miss: a negator in the cue's own predicate still denies it
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the army never rejected the findings of the inquiry.");
            Takes(corpus, "never rejected the findings", "United States", "findings", "Findings are accurate");
        }

        [Fact]
        public void AClaimIncludedInRefusedConclusionsIsRefused()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani spokesman said the report's conclusions, including that Pakistani soldiers fired first, were not acceptable.",
                "A Pakistani general said the inquiry's findings, including that the Pakistani troops had fired first, were wrong.");
            Takes(corpus, "including that Pakistani soldiers fired first", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "including that the Pakistani troops had fired first", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AClaimIncludedInConclusionsLeftStandingIsHeld()
        {
            using var folder = new TempFolder();
            // near miss: no falsity after the set-off clause
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the report's conclusions, including that Pakistani soldiers fired first, were drawn from the logs.");
            Takes(corpus, "including that Pakistani soldiers fired first", "United States", "first-fire", "Pakistani side fired first");
        }
    }
}
