using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 87 (fix87a), each on sentences of the tests' own: a doubt put as what
    /// the speaker is still waiting for ("has yet to hear how the raid could be called an accident") or as an account nobody
    /// has given ("no one has explained how …") is a doubting question, as "fails to see how" is: it denies the cue. And an
    /// "it" that opens an interview's answer never stands for a people named by its plural demonym in the question before
    /// ("Pakistanis see it as a whitewash. ¶ … It found that …" is not the Pakistanis' finding). And a response to the attack
    /// of an armed group of no state ("had only responded to attacks by militants") says whom a side answered, not which side
    /// fired first.
    /// </summary>
    public class Set87PositionCausesTests
    {
        [Fact]
        public void ADoubtStillWaitedForBeforeHowDeniesTheAct()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani colonel said he had yet to hear how a raid that went on for two hours against marked bunkers could be called an accident.",
                "A Pakistani senator said she has yet to see how the shelling can be described as a mistake.");
            Takes(corpus, "yet to hear how a raid", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "yet to see how the shelling", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AnAccountNobodyHasGivenBeforeHowDeniesTheAct()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani general said no one has explained how a raid on bunkers whose positions were known could be called an accident.",
                "A Pakistani minister said nobody had explained how the shelling could be described as a mistake.");
            Takes(corpus, "no one has explained how a raid", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "nobody had explained how the shelling", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AnAccountGivenOrAFindingStillWaitedForKeepsItsReading()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the inquiry explained how the raid could be called an accident.",
                "A U.S. major said the shelling was a mistake.");
            Takes(corpus, "the inquiry explained how the raid", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the shelling was a mistake", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AnItInAnAnswerIsNoPeopleNamedByItsPluralDemonym()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The deputy ambassador, Tom Reyes, spoke to the weekly about the Pentagon's inquiry.",
                "THE WEEKLY: Let us begin with the inquiry. Pakistanis see it as a whitewash. Why should they trust it?",
                "REYES: Because it spares nobody. It found that our crews were fired on from the Pakistani side of the border. It also found that we made errors, grave ones.");
            Assert.DoesNotContain(corpus.Claims, x => x.Content.Contains("It also found that we made errors", System.StringComparison.Ordinal) && x.Party == "Pakistan" && x.Question != null);
            Assert.DoesNotContain(corpus.Claims, x => x.Content.Contains("It found that our crews were fired on", System.StringComparison.Ordinal) && x.Party == "Pakistan" && x.Question != null);
        }

        [Fact]
        public void AResponseToAnArmedGroupOfNoStateSaysNothingOfWhoFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani army spokesman said its troops had only responded to repeated attacks by militants who had crossed the river.",
                "A Pakistani general said his soldiers only responded to fire from insurgents in the valley.",
                "A Pakistani colonel said his men only responded to fire from the helicopters.");
            TakesNone(corpus, "attacks by militants", "first-fire");
            TakesNone(corpus, "fire from insurgents", "first-fire");
            // (the fire of the other side's aircraft answered: that side fired first, as before)
            Takes(corpus, "fire from the helicopters", "Pakistan", "first-fire", "U.S. side fired first");
        }
    }
}
